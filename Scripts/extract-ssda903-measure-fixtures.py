#!/usr/bin/env python3
"""Writes the published-figure fixtures of the SSDA903 measures added by issue 21 into
Tests/SafeguardingMetricsTests/Fixtures, from the project's shared reference data (read-only, at
../shared/data or the folder given as the first argument). All are the DfE's published figures,
as published (symbols kept), for local authorities only:

- oc2_health_outcomes_2021_2025.csv: from ees/la_conviction_health_outcome_cla.csv
  (CSC_outcomes_and_enablers data-raw at commit 2f5d11a, OGL): per year and authority, each OC2
  measure's published count, denominator and percentage (health assessments, immunisations,
  dental checks and substance misuse over all ages; convictions over ages 10-17; development
  assessments over ages 0-4).
- care_leavers_19_21_activity_2021_2025.csv: from ees/la_care_leavers_activity.csv: per year and
  authority, the 19-21 band's total and its numbers in higher education and not in education,
  employment or training, with their percentages.
- lait_adoption_kinds_2016_2025.csv: from lait_csc_measures_2016_2025.csv (LAIT bds_long_0.parquet
  at commit 2e30e39, OGL): per year and authority, No_of LAC Adopted, LACnum_Adopt_AppUnop,
  LAC%_Adopt_AppUnop, LACnum_Adopt_ConsentDisp and LAC%_Adopt_ConsentDisp.
"""
import csv
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "Tests", "SafeguardingMetricsTests", "Fixtures")

# (column prefix, characteristic, numerator breakdown, denominator breakdown)
OC2 = [
    ("health", "Health assessments: Children looked after all ages", "Had their annual health assessment", "Total all ages"),
    ("immunised", "Health assessments: Children looked after all ages", "Had their immunisations up to date", "Total all ages"),
    ("teeth", "Health assessments: Children looked after all ages", "Had their teeth checked by a dentist", "Total all ages"),
    ("substance", "Substance misuse: Children looked after all ages", "Identified as having a substance misuse problem",
     "Total all ages"),
    ("convicted", "Convictions: Children looked after Ages 10 to 17 years",
     "Convicted or subject to youth cautions, or youth conditional cautions during the year", "Total ages 10 to 17 years"),
    ("development", "Development assessments: Children looked after ages 0 to 4 years",
     "Development assessments up to date", "Total ages 0 to 4 years"),
]
oc2 = defaultdict(dict)
with open(os.path.join(DATA, "ees", "la_conviction_health_outcome_cla.csv"), newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        if row["geographic_level"] == "Local authority":
            oc2[(row["time_period"], row["old_la_code"])][(row["characteristic"], row["breakdown"])] = (
                row["children_count"], row["children_percent"])
with open(os.path.join(OUT, "oc2_health_outcomes_2021_2025.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["time_period", "old_la_code"] + [f"{p}_{k}" for p, *_ in OC2 for k in ("count", "total", "percent")])
    for (year, la), m in sorted(oc2.items()):
        cells = []
        for _, characteristic, numerator, denominator in OC2:
            count, percent = m.get((characteristic, numerator), ("", ""))
            cells += [count, m.get((characteristic, denominator), ("", ""))[0], percent]
        w.writerow([year, la, *cells])

bands = defaultdict(dict)
with open(os.path.join(DATA, "ees", "la_care_leavers_activity.csv"), newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        if row["geographic_level"] == "Local authority" and row["care_leaver_age"] == "19 to 21 years":
            bands[(row["time_period"], row["old_la_code"])][row["breakdown"]] = (row["care_leaver_count"],
                                                                                 row["care_leaver_percent"])
with open(os.path.join(OUT, "care_leavers_19_21_activity_2021_2025.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["time_period", "old_la_code", "total", "he_count", "he_percent", "neet_count", "neet_percent"])
    for (year, la), b in sorted(bands.items()):
        w.writerow([year, la, b["Total"][0], *b["Higher education i.e. studies beyond A level"],
                    *b["Total not in education, employment or training"]])

MEASURES = ["No_of LAC Adopted", "LACnum_Adopt_AppUnop", "LAC%_Adopt_AppUnop", "LACnum_Adopt_ConsentDisp",
            "LAC%_Adopt_ConsentDisp"]
lait = defaultdict(dict)
with open(os.path.join(DATA, "lait_csc_measures_2016_2025.csv"), newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        # Authorities only: regions and England have no old_la_code, and LAIT's regional codes are 9xx.
        if row["measure_short"] in MEASURES and row["old_la_code"] and int(row["old_la_code"]) < 900:
            lait[(row["year"], row["old_la_code"])][row["measure_short"]] = row["value"]
with open(os.path.join(OUT, "lait_adoption_kinds_2016_2025.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["year", "old_la_code", "adopted", "unopposed", "unopposed_percent", "consent_dispensed",
                "consent_dispensed_percent"])
    for (year, la), m in sorted(lait.items()):
        w.writerow([year, la, *(m.get(k, "") for k in MEASURES)])
