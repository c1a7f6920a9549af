#!/usr/bin/env python3
"""Side-by-side comparison of SafeguardingMetrics with DuckDB and polars.

For each scale it generates a synthetic cohort with `safeguarding-metrics generate`, then runs,
alternating the engines in one run and each in a process of its own:

- the library (the `library-indicators` helper of this package: ReturnLoader + IndicatorComputation),
- DuckDB and polars, each reading the same SSDA903 CSVs (and the CIN census, flattened once from its
  XML to CSV by this script, since neither engine reads that XML) and computing a reference subset of
  indicators written straight from INDICATORS.md §1-3 (the functions `duckdb_*` and `polars_*`).

It checks that all three agree on every numerator and denominator of the subset for every
authority, and times (a) reading the SSDA903 CSVs, (b) computing from data already in memory,
(c) the peak resident memory of the whole job, printing medians of the runs and ratios.

Run it with `Benchmarks/run-comparison.sh` (creates the virtual environment and builds the tools).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date

# The compared subset: every one of these is computed independently by each engine.
SUBSET = [
    "cla.rate", "cla.started.rate", "cla.ceased.rate",
    "cla.placement.foster.percent", "cla.placement.family_network.percent", "cla.placement.residential.percent",
    "cla.missing.percent",
    "referrals.rate", "referrals.nfa.percent", "cin.rate", "assessments.completed.rate", "s47.rate",
    "cpp.rate", "cpp.started.rate",
]
RATES = {i for i in SUBSET if i.endswith(".rate")}
FOSTER = ("U1", "U2", "U3", "U4", "U5", "U6")
FAMILY = ("U1", "U2", "U3", "P1")
RESIDENTIAL = ("K1", "K2", "R1", "R2", "R5", "S1")
SHORT_BREAKS = ("V3", "V4")

SCALES = {
    "1": dict(las=1, years=3, label="1 authority, 3 years"),
    "20": dict(las=20, years=3, label="20 authorities, 3 years"),
    "153": dict(las=153, years=3, label="153 authorities, 3 years"),
}


def period(year):
    """Collection year Y: 1 April Y-1 to 31 March Y, both inclusive (INDICATORS.md §1)."""
    return date(year - 1, 4, 1), date(year, 3, 31)


def peak_rss_bytes():
    """Peak resident memory of this process: VmHWM (per address space, so unlike ru_maxrss it does
    not count the parent's memory at fork/exec), else ru_maxrss."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


# ---------------------------------------------------------------------------------------------
# CIN census XML -> CSV, once per dataset (not timed: neither engine reads this XML natively).

def flatten_cin(root, flat):
    """Writes referrals, assessments, s47 and plans CSVs with `la,year,child,...` columns."""
    os.makedirs(flat, exist_ok=True)
    done = os.path.join(flat, ".done")
    if os.path.exists(done):
        return
    out = {name: open(os.path.join(flat, name + ".csv"), "w") for name in ("referrals", "assessments", "s47", "plans")}
    out["referrals"].write("la,year,child,referral,closure,nfa\n")
    out["assessments"].write("la,year,child,referral,start,authorised\n")
    out["s47"].write("la,year,child,referral,start\n")
    out["plans"].write("la,year,child,referral,start,end\n")
    for la in sorted(os.listdir(root)):
        if not os.path.isdir(os.path.join(root, la)):
            continue
        for year in sorted(os.listdir(os.path.join(root, la))):
            path = os.path.join(root, la, year, "cin", f"cin_census_{year}.xml")
            if not os.path.exists(path):
                continue
            for _, child in ET.iterparse(path):
                if child.tag != "Child":
                    continue
                cid = child.findtext("ChildIdentifiers/LAchildID", "").strip()
                for d in child.findall("CINdetails"):
                    ref = d.findtext("CINreferralDate", "").strip()
                    nfa = d.findtext("ReferralNFA", "").strip().lower() in ("true", "1")
                    out["referrals"].write(f"{la},{year},{cid},{ref},{d.findtext('CINclosureDate', '').strip()},{int(nfa)}\n")
                    for a in d.findall("Assessments"):
                        out["assessments"].write(f"{la},{year},{cid},{ref},{a.findtext('AssessmentActualStartDate', '').strip()},"
                                                 f"{a.findtext('AssessmentAuthorisationDate', '').strip()}\n")
                    for s in d.findall("Section47"):
                        out["s47"].write(f"{la},{year},{cid},{ref},{s.findtext('S47ActualStartDate', '').strip()}\n")
                    for p in d.findall("ChildProtectionPlans"):
                        out["plans"].write(f"{la},{year},{cid},{ref},{p.findtext('CPPstartDate', '').strip()},"
                                           f"{p.findtext('CPPendDate', '').strip()}\n")
                child.clear()
    for f in out.values():
        f.close()
    open(done, "w").close()


def populations(root, year):
    """The mid-(Y-1) estimate for collection year Y (INDICATORS.md §1), from the generator's file."""
    result = {}
    with open(os.path.join(root, "population.csv")) as f:
        header = f.readline().strip().split(",")
        for line in f:
            row = dict(zip(header, line.strip().split(",")))
            if int(row["year"]) == year - 1:
                result[row["la_code"]] = int(row["population_0_17"])
    return result


# ---------------------------------------------------------------------------------------------
# DuckDB

DUCK_SSDA903 = {
    "episodes": "{'CHILD':'VARCHAR','DECOM':'DATE','DEC':'DATE','RNE':'VARCHAR','LS':'VARCHAR','PLACE':'VARCHAR','REC':'VARCHAR'}",
    "missing": "{'CHILD':'VARCHAR','MIS_START':'DATE','MIS_END':'DATE','MISSING':'VARCHAR'}",
    "header": "{'CHILD':'VARCHAR','DOB':'DATE'}",
    "oc2": "{'CHILD':'VARCHAR','DOB':'DATE'}",
    "oc3": "{'CHILD':'VARCHAR','DOB':'DATE'}",
}
PATH_LA = r"regexp_extract(filename, '([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$', 1)"
PATH_YEAR = r"CAST(regexp_extract(filename, '([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$', 2) AS INTEGER)"


def duckdb_read(con, root):
    """Reads the five SSDA903 CSVs of every return into tables, the latest return winning per key
    and, for a key repeated inside one return, the last row in the file (INDICATORS.md §1). The raw
    tables keep file order (DuckDB preserves insertion order), so `rowid` orders rows within a file."""
    for table, types in DUCK_SSDA903.items():
        con.execute(f"""CREATE OR REPLACE TABLE raw_{table} AS
            SELECT {PATH_LA} AS la, {PATH_YEAR} AS year, * EXCLUDE (filename)
            FROM read_csv('{root}/*/*/ssda903/{table}.csv', header=true, dateformat='%d/%m/%Y',
                          types={types}, filename=true)""")
    con.execute("""CREATE OR REPLACE TABLE episodes AS SELECT la, CHILD AS child, DECOM AS decom, DEC AS dec,
        RNE AS rne, LS AS ls, PLACE AS place, REC AS rec FROM raw_episodes
        QUALIFY row_number() OVER (PARTITION BY la, CHILD, DECOM ORDER BY year DESC, rowid DESC) = 1""")
    con.execute("""CREATE OR REPLACE TABLE missing AS SELECT la, CHILD AS child, MIS_START AS mis_start, MISSING AS missing
        FROM raw_missing QUALIFY row_number() OVER (PARTITION BY la, CHILD, MIS_START ORDER BY year DESC, rowid DESC) = 1""")
    con.execute("DROP TABLE raw_episodes; DROP TABLE raw_missing")


def duckdb_read_cin(con, flat):
    keys = {"referrals": "la, child, referral", "assessments": "la, child, referral, start",
            "s47": "la, child, referral, start", "plans": "la, child, referral, start"}
    for table, key in keys.items():
        con.execute(f"""CREATE OR REPLACE TABLE raw_{table} AS SELECT * FROM
            read_csv('{flat}/{table}.csv', header=true, dateformat='%Y-%m-%d', types={{'child':'VARCHAR','la':'VARCHAR'}})""")
        con.execute(f"""CREATE OR REPLACE TABLE {table} AS SELECT * EXCLUDE (year) FROM raw_{table}
            QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY year DESC, rowid DESC) = 1""")
        con.execute(f"DROP TABLE raw_{table}")


def duckdb_compute(con, year):
    start, end = period(year)
    s, e = f"DATE '{start}'", f"DATE '{end}'"
    q = {}
    # Episodes of care, without short breaks (V3/V4 are ignored by every looked-after measure).
    care = f"(SELECT * FROM episodes WHERE ls IS NULL OR ls NOT IN {SHORT_BREAKS})"
    # Looked after at the end: an episode with DECOM <= end and DEC empty or > end; the one with the
    # latest DECOM gives the placement.
    q["at_end"] = f"""SELECT la, count(*) AS cla,
            count(*) FILTER (WHERE place IN {FOSTER}) AS foster,
            count(*) FILTER (WHERE place IN {FAMILY}) AS family,
            count(*) FILTER (WHERE place IN {RESIDENTIAL}) AS residential
        FROM (SELECT la, child, arg_max(place, decom) AS place FROM {care}
              WHERE decom <= {e} AND (dec IS NULL OR dec > {e}) GROUP BY la, child) GROUP BY la"""
    q["started"] = f"""SELECT la, count(DISTINCT child) FROM {care} WHERE rne = 'S' AND decom BETWEEN {s} AND {e} GROUP BY la"""
    q["ceased"] = f"""SELECT la, count(DISTINCT child) FROM {care}
        WHERE dec BETWEEN {s} AND {e} AND rec IS NOT NULL AND rec <> 'X1' GROUP BY la"""
    # Looked after during the period; those with a MISSING = 'M' episode starting in it.
    q["missing"] = f"""SELECT d.la, count(*), count(m.child) FROM
            (SELECT DISTINCT la, child FROM {care} WHERE decom <= {e} AND (dec IS NULL OR dec >= {s})) d
            LEFT JOIN (SELECT DISTINCT la, child FROM missing WHERE missing = 'M' AND mis_start BETWEEN {s} AND {e}) m
            ON d.la = m.la AND d.child = m.child GROUP BY d.la"""
    q["referrals"] = f"""SELECT la, count(*), count(*) FILTER (WHERE nfa = 1) FROM referrals
        WHERE referral BETWEEN {s} AND {e} GROUP BY la"""
    q["cin"] = f"""SELECT la, count(*) FROM referrals
        WHERE referral <= {e} AND (closure IS NULL OR closure > {e}) AND nfa = 0 GROUP BY la"""
    q["assessments"] = f"SELECT la, count(*) FROM assessments WHERE authorised BETWEEN {s} AND {e} GROUP BY la"
    q["s47"] = f"SELECT la, count(*) FROM s47 WHERE start BETWEEN {s} AND {e} GROUP BY la"
    q["cpp"] = f"""SELECT la, count(DISTINCT child) FROM plans WHERE start <= {e} AND (\"end\" IS NULL OR \"end\" > {e}) GROUP BY la"""
    q["cpp_started"] = f"SELECT la, count(*) FROM plans WHERE start BETWEEN {s} AND {e} GROUP BY la"
    return {name: con.execute(sql).fetchall() for name, sql in q.items()}


# ---------------------------------------------------------------------------------------------
# polars

def polars_read(pl, root):
    """Reads the five SSDA903 CSVs of every return, the latest return winning per key and, within
    one return, the last row in the file (INDICATORS.md §1)."""
    frames = {}
    la = pl.col("path").str.extract(r"([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$", 1)
    yr = pl.col("path").str.extract(r"([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$", 2).cast(pl.Int32)
    dates = {"episodes": ["DECOM", "DEC"], "missing": ["MIS_START", "MIS_END"], "header": ["DOB"], "oc2": ["DOB"], "oc3": ["DOB"]}
    for table, columns in dates.items():
        lf = pl.scan_csv(f"{root}/*/*/ssda903/{table}.csv", infer_schema=False, include_file_paths="path")
        lf = lf.with_columns([la.alias("la"), yr.alias("year")]
                             + [pl.col(c).str.to_date("%d/%m/%Y", strict=False) for c in columns]).drop("path")
        frames[table] = lf.collect().with_row_index("row")  # file order: the last row of a repeated key wins
    ep = frames["episodes"].sort(["year", "row"], descending=True).unique(["la", "CHILD", "DECOM"], keep="first", maintain_order=False)
    frames["episodes"] = ep.select(la="la", child="CHILD", decom="DECOM", dec="DEC", rne="RNE", ls="LS", place="PLACE", rec="REC")
    ms = frames["missing"].sort(["year", "row"], descending=True).unique(["la", "CHILD", "MIS_START"], keep="first", maintain_order=False)
    frames["missing"] = ms.select(la="la", child="CHILD", mis_start="MIS_START", missing="MISSING")
    return frames


def polars_read_cin(pl, flat, frames):
    keys = {"referrals": ["la", "child", "referral"], "assessments": ["la", "child", "referral", "start"],
            "s47": ["la", "child", "referral", "start"], "plans": ["la", "child", "referral", "start"]}
    for table, key in keys.items():
        df = pl.read_csv(f"{flat}/{table}.csv", infer_schema=False).with_row_index("row")
        df = df.with_columns([pl.col(c).str.to_date("%Y-%m-%d", strict=False)
                              for c in df.columns if c not in ("la", "year", "child", "nfa", "row")])
        df = df.with_columns(pl.col("year").cast(pl.Int32))
        if "nfa" in df.columns:
            df = df.with_columns(pl.col("nfa").cast(pl.Int8))
        frames[table] = (df.sort(["year", "row"], descending=True)
                         .unique(key, keep="first", maintain_order=False).drop("year", "row"))


def polars_compute(pl, frames, year):
    start, end = period(year)
    c = pl.col
    care = frames["episodes"].lazy().filter(c("ls").is_null() | ~c("ls").is_in(SHORT_BREAKS))
    at_end = (care.filter((c("decom") <= end) & (c("dec").is_null() | (c("dec") > end)))
              .group_by("la", "child").agg(c("place").sort_by("decom").last())
              .group_by("la").agg(pl.len().alias("cla"), c("place").is_in(FOSTER).sum().alias("foster"),
                                  c("place").is_in(FAMILY).sum().alias("family"),
                                  c("place").is_in(RESIDENTIAL).sum().alias("residential")))
    started = (care.filter((c("rne") == "S") & c("decom").is_between(start, end))
               .group_by("la").agg(c("child").n_unique()))
    ceased = (care.filter(c("dec").is_between(start, end) & c("rec").is_not_null() & (c("rec") != "X1"))
              .group_by("la").agg(c("child").n_unique()))
    during = care.filter((c("decom") <= end) & (c("dec").is_null() | (c("dec") >= start))).select("la", "child").unique()
    went = (frames["missing"].lazy().filter((c("missing") == "M") & c("mis_start").is_between(start, end))
            .select("la", "child").unique().with_columns(pl.lit(1).alias("m")))
    missing = (during.join(went, on=["la", "child"], how="left")
               .group_by("la").agg(pl.len().alias("d"), c("m").sum().alias("m")))
    ref = frames["referrals"].lazy()
    referrals = (ref.filter(c("referral").is_between(start, end))
                 .group_by("la").agg(pl.len(), (c("nfa") == 1).sum()))
    cin = (ref.filter((c("referral") <= end) & (c("closure").is_null() | (c("closure") > end)) & (c("nfa") == 0))
           .group_by("la").agg(pl.len()))
    assessments = frames["assessments"].lazy().filter(c("authorised").is_between(start, end)).group_by("la").agg(pl.len())
    s47 = frames["s47"].lazy().filter(c("start").is_between(start, end)).group_by("la").agg(pl.len())
    plans = frames["plans"].lazy()
    cpp = (plans.filter((c("start") <= end) & (c("end").is_null() | (c("end") > end)))
           .group_by("la").agg(c("child").n_unique()))
    cpp_started = plans.filter(c("start").is_between(start, end)).group_by("la").agg(pl.len())
    names = ["at_end", "started", "ceased", "missing", "referrals", "cin", "assessments", "s47", "cpp", "cpp_started"]
    done = pl.collect_all([at_end, started, ceased, missing, referrals, cin, assessments, s47, cpp, cpp_started])
    return {name: df.rows() for name, df in zip(names, done)}


# ---------------------------------------------------------------------------------------------
# Turning the engines' counts into numerator/denominator per authority and indicator.

def figures(counts, pops):
    """{la: {indicator: [numerator, denominator]}} from the grouped counts of an engine."""
    def table(name):
        return {row[0]: row[1:] for row in counts[name]}
    at_end, missing, referrals = table("at_end"), table("missing"), table("referrals")
    one = {k: table(k) for k in ("started", "ceased", "cin", "assessments", "s47", "cpp", "cpp_started")}
    result = {}
    for la, pop in pops.items():
        cla, foster, family, residential = at_end.get(la, (0, 0, 0, 0))
        during, went = missing.get(la, (0, 0))
        refs, nfa = referrals.get(la, (0, 0))
        get = lambda k: int(one[k].get(la, (0,))[0] or 0)
        result[la] = {
            "cla.rate": [cla, pop], "cla.started.rate": [get("started"), pop], "cla.ceased.rate": [get("ceased"), pop],
            "cla.placement.foster.percent": [foster, cla], "cla.placement.family_network.percent": [family, cla],
            "cla.placement.residential.percent": [residential, cla],
            "cla.missing.percent": [int(went or 0), during],
            "referrals.rate": [refs, pop], "referrals.nfa.percent": [int(nfa or 0), refs],
            "cin.rate": [get("cin"), pop], "assessments.completed.rate": [get("assessments"), pop],
            "s47.rate": [get("s47"), pop], "cpp.rate": [get("cpp"), pop], "cpp.started.rate": [get("cpp_started"), pop],
        }
        result[la] = {k: [int(v[0]), int(v[1])] for k, v in result[la].items()}
    return result


def worker(args):
    """One engine in this process: read, compute `--repeat` times, print JSON on stdout."""
    pops = populations(args.data, args.year)
    out = {"engine": args.worker, "threads": args.threads}
    if args.worker == "duckdb":
        import duckdb
        con = duckdb.connect(config={"threads": args.threads})
        t = time.perf_counter(); duckdb_read(con, args.data); out["read_903_seconds"] = time.perf_counter() - t
        duckdb_read_cin(con, args.flat)
        run = lambda: duckdb_compute(con, args.year)
    else:
        os.environ["POLARS_MAX_THREADS"] = str(args.threads)
        import polars as pl
        t = time.perf_counter(); frames = polars_read(pl, args.data); out["read_903_seconds"] = time.perf_counter() - t
        polars_read_cin(pl, args.flat, frames)
        run = lambda: polars_compute(pl, frames, args.year)
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter(); counts = run(); times.append(time.perf_counter() - t)
    out["compute_subset_seconds"] = times
    out["figures"] = figures(counts, pops)
    out["peak_rss_bytes"] = peak_rss_bytes()
    print(json.dumps(out))


# ---------------------------------------------------------------------------------------------
# The driver.

def run_child(command):
    """Runs one engine in a process of its own; returns the JSON it prints (with its own peak memory)."""
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}):\n{proc.stderr.decode()[-3000:]}")
    return json.loads(proc.stdout)


def library_figures(result):
    return {a["la"]: {k: v for k, v in a["indicators"].items() if k in SUBSET} for a in result["areas"]}


def check(scale, engines):
    """Prints every disagreement on a numerator or denominator; returns how many there were."""
    problems = 0
    names = list(engines)
    reference = engines[names[0]]
    las = sorted(set().union(*[set(f) for f in engines.values()]))
    for la in las:
        for ind in SUBSET:
            values = {n: engines[n].get(la, {}).get(ind) for n in names}
            if len({json.dumps(v) for v in values.values()}) > 1:
                problems += 1
                if problems <= 40:
                    print(f"  DISAGREE scale {scale} {la} {ind}: " + ", ".join(f"{n}={v}" for n, v in values.items()))
    return problems


def generate(tool, scale, out):
    spec = SCALES[scale]
    if os.path.exists(os.path.join(out, "population.csv")):
        return None
    t = time.perf_counter()
    subprocess.run([tool, "generate", "--out", out, "--las", str(spec["las"]), "--years", str(spec["years"]),
                    "--seed", "903"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def size_of(root):
    total, rows = 0, 0
    for la in os.listdir(root):
        for dirpath, _, files in os.walk(os.path.join(root, la)):
            if dirpath.endswith("ssda903"):
                for f in files:
                    path = os.path.join(dirpath, f)
                    total += os.path.getsize(path)
                    with open(path, "rb") as fh:
                        rows += sum(1 for _ in fh) - 1
    return total, rows


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tool", help="the safeguarding-metrics executable (release build)")
    p.add_argument("--library", help="the library-indicators executable of this package (release build)")
    p.add_argument("--scales", default="1,20", help="comma-separated scales among 1, 20, 153 (default 1,20)")
    p.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "sm-comparison"),
                   help="where the generated cohorts are kept (reused when present)")
    p.add_argument("--runs", type=int, default=3, help="runs per engine and scale (medians are reported)")
    p.add_argument("--repeat", type=int, default=3, help="computations per run, from data in memory")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--year", type=int, default=2025)
    p.add_argument("--json", help="also write every measurement to this file")
    p.add_argument("--worker", choices=["duckdb", "polars"], help=argparse.SUPPRESS)
    p.add_argument("--data", help=argparse.SUPPRESS)
    p.add_argument("--flat", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        return worker(args)
    if not args.tool or not args.library:
        p.error("--tool and --library are required (run-comparison.sh passes them)")

    import platform
    versions = subprocess.run([sys.executable, "-c", "import duckdb, polars; print(duckdb.__version__, polars.__version__)"],
                              capture_output=True, text=True, check=True).stdout.split()
    print(f"DuckDB {versions[0]}, polars {versions[1]}, Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {args.threads} threads per engine, collection year {args.year}")
    measurements, total_problems = {}, 0
    for scale in args.scales.split(","):
        data = os.path.join(args.work, f"scale-{scale}")
        flat = data + ".cin-flat"
        generated = generate(args.tool, scale, data)
        flatten_cin(data, flat)
        size, rows = size_of(data)
        print(f"\n== scale {scale}: {SCALES[scale]['label']}; SSDA903 CSVs {size / 1e6:.1f} MB, {rows} rows"
              + (f"; generated in {generated:.1f} s" if generated else ""))
        me = sys.executable, os.path.abspath(__file__)
        commands = {
            "swift": [args.library, data, "--year", str(args.year), "--threads", str(args.threads),
                      "--repeat", str(args.repeat), "--indicators", ",".join(SUBSET)],
            "duckdb": [*me, "--worker", "duckdb", "--data", data, "--flat", flat, "--year", str(args.year),
                       "--threads", str(args.threads), "--repeat", str(args.repeat)],
            "polars": [*me, "--worker", "polars", "--data", data, "--flat", flat, "--year", str(args.year),
                       "--threads", str(args.threads), "--repeat", str(args.repeat)],
        }
        order = list(commands)
        runs = {name: [] for name in order}
        for run in range(args.runs):
            for name in order[run % 3:] + order[:run % 3]:  # alternate which engine goes first
                runs[name].append(run_child(commands[name]))
        engines = {"swift": library_figures(runs["swift"][0]),
                   "duckdb": runs["duckdb"][0]["figures"], "polars": runs["polars"][0]["figures"]}
        problems = check(scale, engines)
        total_problems += problems
        n = len(engines["swift"]) * len(SUBSET)
        print(f"  agreement: {n - problems} of {n} (authority, indicator) pairs agree on numerator and denominator "
              f"across swift, duckdb and polars" + ("" if problems == 0 else f"; {problems} DISAGREE"))
        med = lambda xs: statistics.median(xs)
        row = {}
        for name in order:
            row[name] = {
                "read": med([r["read_903_seconds"] for r in runs[name]]),
                "compute": med([t for r in runs[name] for t in r["compute_subset_seconds"]]),
                "memory": med([r["peak_rss_bytes"] for r in runs[name]]) / 2**20,
            }
        row["swift"]["compute_all"] = med([t for r in runs["swift"] for t in r["compute_all_seconds"]])
        row["swift"]["read_all"] = med([r["read_all_seconds"] for r in runs["swift"]])
        measurements[scale] = {"rows": rows, "bytes": size, "medians": row, "problems": problems,
                               "runs": {k: [{x: y for x, y in r.items() if x not in ("figures", "areas")} for r in v]
                                        for k, v in runs.items()}}
        print(f"  medians of {args.runs} runs (compute: of {args.runs}x{args.repeat} computations); "
              "ratio = other engine / swift (above 1: swift is faster or smaller)")
        print(f"  {'measure':38} {'swift':>10} {'duckdb':>10} {'polars':>10} {'duckdb/swift':>13} {'polars/swift':>13}")
        for key, label, unit in [("read", "(a) read SSDA903 CSVs", "s"),
                                 ("compute", f"(b) compute {len(SUBSET)} indicators", "s"),
                                 ("memory", "(c) peak memory, whole job", "MiB")]:
            s, d, pq = row["swift"][key], row["duckdb"][key], row["polars"][key]
            fmt = (lambda v: f"{v:.4f}") if unit == "s" else (lambda v: f"{v:.0f}")
            print(f"  {label + ' (' + unit + ')':38} {fmt(s):>10} {fmt(d):>10} {fmt(pq):>10} {d / s:>13.2f} {pq / s:>13.2f}")
        print(f"  swift, whole catalogue ({len(runs['swift'][0]['areas'][0]['indicators'])} indicators): "
              f"{row['swift']['compute_all']:.4f} s; read 903 + CIN XML + populations: {row['swift']['read_all']:.3f} s")
    scales = list(measurements)
    for a_name, b_name in zip(scales, scales[1:]):
        a, b = measurements[a_name], measurements[b_name]
        print(f"\n== scaling from scale {a_name} to {b_name}: SSDA903 rows x{b['rows'] / a['rows']:.1f}")
        for name in ("swift", "duckdb", "polars"):
            print(f"  {name:7} read x{b['medians'][name]['read'] / a['medians'][name]['read']:.1f}, "
                  f"compute x{b['medians'][name]['compute'] / a['medians'][name]['compute']:.1f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(measurements, f, indent=1)
    if total_problems:
        print(f"\n{total_problems} disagreements")
        sys.exit(1)


if __name__ == "__main__":
    main()
