#!/usr/bin/env python3
"""Writes the published-figure fixtures of the measures added by issue 19 into
Tests/SafeguardingMetricsTests/Fixtures, from the project's shared reference data (read-only, at
../shared/data or the folder given as the first argument). Both are the DfE's published figures,
as published (symbols kept), for local authorities only:

- care_leavers_by_band_2021_2025.csv: from ees/la_care_leavers_activity.csv and
  ees/la_care_leavers_accommodation_suitability.csv (CSC_outcomes_and_enablers data-raw at commit
  2f5d11a, OGL): per year, authority and age band, the total and the number in education,
  employment or training with its percentage, and the suitability total and the number in suitable
  accommodation with its percentage.
- lait_ceased_by_reason_2016_2025.csv: from lait_csc_measures_2016_2025.csv (LAIT
  bds_long_0.parquet at commit 2e30e39, OGL): per year and authority, LACceased, No_of LAC Adopted,
  %_of LAC Adopted, LAC_ceased_SGO and LAC_ceased_SGO%.
"""
import csv
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "Tests", "SafeguardingMetricsTests", "Fixtures")

bands = defaultdict(dict)
for name in ("la_care_leavers_activity.csv", "la_care_leavers_accommodation_suitability.csv"):
    with open(os.path.join(DATA, "ees", name), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["geographic_level"] == "Local authority":
                key = (row["time_period"], row["old_la_code"], row["care_leaver_age"])
                bands[key][row["breakdown"]] = (row["care_leaver_count"], row["care_leaver_percent"])
with open(os.path.join(OUT, "care_leavers_by_band_2021_2025.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["time_period", "old_la_code", "age", "total", "eet_count", "eet_percent",
                "suitability_total", "suitable_count", "suitable_percent"])
    for (year, la, age), b in sorted(bands.items()):
        w.writerow([year, la, age, b["Total"][0], *b["Total in education, employment or training"],
                    b["Suitability total"][0], *b["Accommodation considered suitable"]])

MEASURES = ["LACceased", "No_of LAC Adopted", "%_of LAC Adopted", "LAC_ceased_SGO", "LAC_ceased_SGO%"]
lait = defaultdict(dict)
with open(os.path.join(DATA, "lait_csc_measures_2016_2025.csv"), newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        # Authorities only: regions and England have no old_la_code, and LAIT's regional codes are 9xx.
        if row["measure_short"] in MEASURES and row["old_la_code"] and int(row["old_la_code"]) < 900:
            lait[(row["year"], row["old_la_code"])][row["measure_short"]] = row["value"]
with open(os.path.join(OUT, "lait_ceased_by_reason_2016_2025.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["year", "old_la_code", "ceased", "adopted", "adopted_percent", "sgo", "sgo_percent"])
    for (year, la), m in sorted(lait.items()):
        w.writerow([year, la, *(m.get(k, "") for k in MEASURES)])
