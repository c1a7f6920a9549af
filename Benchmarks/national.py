#!/usr/bin/env python3
"""The national job side by side, in one run: medians, ratios and peak memory (issue 16's table).

On the generated national cohort (153 authorities, collection years 2023-2025, seed 903: the same
folder compare.py's scale 153 uses, reused when present), alternating the engines in each round and
running each in a process of its own, timed as a whole process (start to exit) with its own peak
resident memory (`wait4`'s ru_maxrss of that process alone):

1. the whole job, files to every indicator: `safeguarding-metrics indicators` reading the CIN census
   XML and SSDA903 CSVs (every core) against DuckDB reading the same content as flat CSVs (the CIN
   census flattened once by compare.py, not timed) and computing every indicator in SQL
   (compare.py's reference queries, 2 threads);
2. the CIN census XML of one collection year (153 files): the tool on 1 thread and on every core
   against `xmllint --stream --noout` (libxml2's C reader, well-formedness only) and lxml's
   iterparse on the same files, with MB/s;
3. the SSDA903 CSVs (every authority and year): the tool against DuckDB's `read_csv` and polars'
   `read_csv` of the same files, each a whole process (the tool computes the catalogue too);
4. the thread-scaling curve: the whole job and the CIN year on every thread count from 1 to the
   cores online.

Run it with `Benchmarks/run-national.sh` (installs what is missing and builds the tool).
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare  # noqa: E402  (the reference queries, the generator call and the CIN flattening)


def run(command, env=None):
    """Runs `command` to its exit with its output discarded (its errors kept in a file, which no
    pipe can fill): (seconds, peak RSS bytes, CPU seconds in user and system mode)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            sys.exit(f"{' '.join(command[:6])} … failed ({proc.returncode}):\n{errors.read().decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime


def worker(args):
    """One reference engine in this process (timed from outside)."""
    if args.worker == "duckdb-job":
        import duckdb
        con = duckdb.connect()
        con.execute(f"SET threads = {args.threads}")
        compare.duckdb_read(con, args.data)
        compare.duckdb_read_cin(con, args.flat)
        compare.duckdb_reference(con, args.data)
        compare.duckdb_keys(con)
        counts = compare.duckdb_compute(con, args.year)
        figures = compare.figures(compare.as_counters(counts), compare.populations(args.data, args.year), args.year)
        json.dump(figures, open(os.devnull, "w"))
    elif args.worker == "duckdb-903":
        import duckdb
        con = duckdb.connect()
        con.execute(f"SET threads = {args.threads}")
        compare.duckdb_read(con, args.data)
    elif args.worker == "polars-903":
        os.environ["POLARS_MAX_THREADS"] = str(args.threads)
        import polars as pl
        compare.polars_read(pl, args.data)
    elif args.worker == "lxml":
        from lxml import etree
        elements = 0
        for path in args.files:
            for _, element in etree.iterparse(path, events=("end",)):
                elements += 1
                if element.tag == "Child":
                    element.clear()
        print(elements)


def median(values):
    return statistics.median(values)


def measure(commands, rounds):
    """{name: (median seconds, median peak bytes, median CPU seconds)}, the commands run `rounds`
    times, the first alternated."""
    names = list(commands)
    results = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            results[name].append(run(*commands[name]) if isinstance(commands[name], tuple) else run(commands[name]))
    return {name: (median([r[0] for r in v]), median([r[1] for r in v]), median([r[2] for r in v])) for name, v in results.items()}


def table(title, rows, reference, size=None):
    """Prints `rows` {name: (seconds, bytes, CPU seconds)} with each one's ratio to `reference` (the tool)."""
    ref_seconds, ref_memory, _ = rows[reference]
    print(f"\n{title}")
    head = f"  {'engine':44} {'median s':>9} {'MB/s':>8} {'CPU s':>7} {'peak MiB':>9} {'time ÷ tool':>12} {'memory ÷ tool':>14}"
    print(head if size else head.replace(f" {'MB/s':>8}", ""))
    for name, (seconds, memory, cpu) in rows.items():
        rate = f" {size / 1e6 / seconds:>8.0f}" if size else ""
        print(f"  {name:44} {seconds:>9.3f}{rate} {cpu:>7.2f} {memory / 2**20:>9.0f} {seconds / ref_seconds:>12.2f} {memory / ref_memory:>14.2f}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tool", help="the safeguarding-metrics executable (release build)")
    p.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "sm-comparison"),
                   help="where the generated cohort is kept (reused when present)")
    p.add_argument("--rounds", type=int, default=3, help="runs of each engine (medians are reported)")
    p.add_argument("--year", type=int, default=2025, help="the collection year computed, and whose CIN XML is read in 2")
    p.add_argument("--duckdb-threads", type=int, default=os.cpu_count())
    p.add_argument("--json", help="also write every median to this file")
    p.add_argument("--worker", choices=["duckdb-job", "duckdb-903", "polars-903", "lxml"], help=argparse.SUPPRESS)
    p.add_argument("--data", help=argparse.SUPPRESS)
    p.add_argument("--flat", help=argparse.SUPPRESS)
    p.add_argument("--threads", type=int, default=2, help=argparse.SUPPRESS)
    p.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        return worker(args)
    if not args.tool:
        p.error("--tool is required (run-national.sh passes it)")

    import platform
    import duckdb
    import polars
    import lxml.etree
    cores = os.cpu_count()
    xmllint_version = subprocess.run(["xmllint", "--version"], capture_output=True, text=True).stderr.split("\n")[0]
    print(f"load average at the start {os.getloadavg()[0]:.1f} (other work on the machine slows every engine)")
    print(f"{platform.machine()}, {cores} CPUs online, Python {platform.python_version()}, DuckDB {duckdb.__version__}, "
          f"polars {polars.__version__}, lxml {'.'.join(map(str, lxml.etree.LXML_VERSION))}, {xmllint_version}")

    data = os.path.join(args.work, "scale-153")
    flat = data + ".cin-flat"
    generated = compare.generate(args.tool, "153", data)
    if generated:
        print(f"generated the national cohort in {generated:.0f} s")
    compare.flatten_cin(data, flat)
    cin_all = sorted(glob.glob(f"{data}/*/*/cin/*.xml"))
    cin_year = sorted(glob.glob(f"{data}/*/{args.year}/cin/*.xml"))
    ssda903 = sorted(glob.glob(f"{data}/*/*/ssda903/*.csv"))
    size = lambda files: sum(os.path.getsize(f) for f in files)
    flat_size = size(glob.glob(f"{flat}/*.csv")) + size(ssda903)
    print(f"national cohort: {len(cin_all)} CIN census files ({size(cin_all) / 1e9:.2f} GB), {len(ssda903)} SSDA903 CSVs "
          f"({size(ssda903) / 1e6:.0f} MB); the engines' flat CSVs {flat_size / 1e6:.0f} MB; "
          f"CIN census {args.year}: {len(cin_year)} files, {size(cin_year) / 1e6:.0f} MB")

    me = [sys.executable, os.path.abspath(__file__)]
    year = ["--year", str(args.year), "--format", "json"]
    reference = ["--population", f"{data}/population.csv", "--postcodes", f"{data}/postcodes.csv"]
    tool_job = lambda threads: [args.tool, "indicators", "--ssda903", data, "--cin", data, *reference, *year,
                                "--threads", str(threads)]
    tool_cin = lambda threads: [args.tool, "indicators", "--cin", *cin_year, *year, "--threads", str(threads)]
    engine = lambda kind, threads: [*me, "--worker", kind, "--data", data, "--flat", flat, "--year", str(args.year),
                                    "--threads", str(threads)]
    medians = {}

    # 1. The whole job.
    job = measure({f"tool, CIN XML + SSDA903 CSVs, {cores} threads": tool_job(cores),
                   f"DuckDB, flat CSVs, {args.duckdb_threads} threads": engine("duckdb-job", args.duckdb_threads)},
                  args.rounds)
    medians["job"] = job
    table(f"1. The whole national job, files to every indicator of {args.year} (medians of {args.rounds})",
          job, f"tool, CIN XML + SSDA903 CSVs, {cores} threads")

    # 2. The CIN census XML of one year.
    cin = {f"tool, {t} thread{'s' if t > 1 else ''}": tool_cin(t) for t in sorted({1, cores})}
    cin["xmllint --stream --noout"] = ["xmllint", "--stream", "--noout", *cin_year]
    cin["lxml iterparse"] = [*me, "--worker", "lxml", *cin_year]
    cin_rows = measure(cin, args.rounds)
    medians["cin"] = cin_rows
    table(f"2. CIN census XML, collection year {args.year}, {len(cin_year)} files (medians of {args.rounds})",
          cin_rows, f"tool, {cores} thread{'s' if cores > 1 else ''}", size(cin_year))

    # 3. The SSDA903 CSVs.
    csv = measure({f"tool, {cores} threads": [args.tool, "indicators", "--ssda903", data, *year, "--threads", str(cores)],
                   f"DuckDB read_csv, {args.duckdb_threads} threads": engine("duckdb-903", args.duckdb_threads),
                   f"polars read_csv, {args.duckdb_threads} threads": engine("polars-903", args.duckdb_threads)},
                  args.rounds)
    medians["ssda903"] = csv
    table(f"3. SSDA903 CSVs, {len(ssda903)} files, whole process (medians of {args.rounds})",
          csv, f"tool, {cores} threads", size(ssda903))

    # 4. Threads.
    scaling = measure({f"whole job, {t} thread{'s' if t > 1 else ''}": tool_job(t) for t in range(1, cores + 1)}
                      | {f"CIN XML {args.year}, {t} thread{'s' if t > 1 else ''}": tool_cin(t) for t in range(1, cores + 1)},
                      args.rounds)
    medians["threads"] = scaling
    print(f"\n4. Threads (medians of {args.rounds}; speed-up against 1 thread)")
    for what in ("whole job", f"CIN XML {args.year}"):
        one = scaling[f"{what}, 1 thread"][0]
        for t in range(1, cores + 1):
            seconds, memory, cpu = scaling[f"{what}, {t} thread{'s' if t > 1 else ''}"]
            print(f"  {what + ', ' + str(t) + ' thread' + ('s' if t > 1 else ''):44} {seconds:>9.3f} s  "
                  f"x{one / seconds:.2f}  CPU {cpu:.2f} s  {memory / 2**20:.0f} MiB")

    # 5. How the bytes reach the reader: read(2) into a reused buffer against mmap(2).
    helper = os.path.join(args.work, "read_or_map")
    source = os.path.join(HERE, "IO", "read_or_map.c")
    if subprocess.run(["cc", "-O2", "-o", helper, source]).returncode == 0:
        read_s, map_s, _ = subprocess.run([helper, *cin_year], capture_output=True, text=True, check=True).stdout.split()
        medians["read_or_map"] = {"read": float(read_s), "mmap": float(map_s)}
        tool_one = cin_rows["tool, 1 thread"][0]
        print(f"\n5. Bytes to the reader, CIN census {args.year} (best of 3, every byte's cache line touched once): "
              f"read(2) into a 1 MiB buffer {float(read_s):.3f} s, mmap(2) {float(map_s):.3f} s; the difference is "
              f"{(float(read_s) - float(map_s)) / tool_one * 100:.1f}% of the tool's 1-thread time")

    job_ratio = job[f"DuckDB, flat CSVs, {args.duckdb_threads} threads"][0] / job[f"tool, CIN XML + SSDA903 CSVs, {cores} threads"][0]
    job_memory = (job[f"tool, CIN XML + SSDA903 CSVs, {cores} threads"][1], job[f"DuckDB, flat CSVs, {args.duckdb_threads} threads"][1])
    xml_ratio = cin_rows["xmllint --stream --noout"][0] / cin_rows[f"tool, {cores} thread{'s' if cores > 1 else ''}"][0]
    csv_ratio = csv[f"DuckDB read_csv, {args.duckdb_threads} threads"][0] / csv[f"tool, {cores} threads"][0]
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    print("\nTargets")
    print(f"  whole job >= 3x DuckDB: {job_ratio:.2f}x ({'met' if job_ratio >= 3 else 'not met'}); peak memory "
          f"{job_memory[0] / 2**20:.0f} MiB against DuckDB's {job_memory[1] / 2**20:.0f} MiB "
          f"({'lower' if job_memory[0] < job_memory[1] else 'not lower'})")
    print(f"  CIN XML >= 4x xmllint --stream: {xml_ratio:.2f}x ({'met' if xml_ratio >= 4 else 'not met'})")
    print(f"  SSDA903 CSV >= 3x DuckDB read_csv: {csv_ratio:.2f}x ({'met' if csv_ratio >= 3 else 'not met'})")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(medians, f, indent=1)


if __name__ == "__main__":
    main()
