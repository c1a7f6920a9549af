#!/usr/bin/env python3
"""Writes Sources/SafeguardingData/Resources/lait_history_2016_2025.csv: LAIT's published history
(2016-2025) of every measure a standard indicator computes, for every authority, region and England,
one row per measure and area with a column per year (values as published; LAIT's '-' kept).

Inputs:
  - the project's shared LAIT extract, ../shared/data/lait_csc_measures_2016_2025.csv
    (long format: measure_short,year,old_la_code,area,region,value), or the path given as the
    second argument;
  - the standard catalogue as `safeguarding-metrics indicators --list --format json` prints it, read
    from the file given as the first argument or from standard input: each indicator's
    `lait_measure` names the measure it computes.

    Scripts/extract-lait-history.sh     # builds the tool, then runs this script
"""
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "..", "shared", "data", "lait_csc_measures_2016_2025.csv")
OUTPUT = os.path.join(ROOT, "Sources/SafeguardingData/Resources/lait_history_2016_2025.csv")
YEARS = list(range(2016, 2026))


def main():
    catalogue = json.load(open(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else sys.stdin)
    source = sys.argv[2] if len(sys.argv) > 2 else SOURCE
    measures = sorted({i["lait_measure"] for i in catalogue["indicators"] if i.get("lait_measure")})
    wanted = set(measures)
    cells = {}
    areas = {}
    with open(source, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            measure = row["measure_short"]
            if measure not in wanted:
                continue
            key = (measure, row["old_la_code"], row["area"])
            areas[key] = row["region"]
            year = int(row["year"])
            if year in YEARS:
                if (key, year) in cells and cells[(key, year)] != row["value"]:
                    sys.exit(f"{measure} {row['area']} {year}: two different values")
                cells[(key, year)] = row["value"]
    missing = wanted - {key[0] for key in areas}
    if missing:
        sys.exit("the LAIT extract has no rows for " + ", ".join(sorted(missing)))
    with open(OUTPUT, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["measure_short", "old_la_code", "area", "region"] + [str(y) for y in YEARS])
        for key in sorted(areas, key=lambda k: (k[0], k[1], k[2])):
            writer.writerow(list(key) + [areas[key]] + [cells.get((key, y), "") for y in YEARS])
    print(f"wrote {OUTPUT}: {len(measures)} measures, {len(areas)} rows")


if __name__ == "__main__":
    main()
