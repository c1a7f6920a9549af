#!/usr/bin/env python3
"""Writes the fixture of issue 20's published-figure test from the project's shared reference data
(the DfE's explore-education-statistics underlying data, Open Government Licence v3.0):

  Tests/SafeguardingMetricsTests/Fixtures/c1_referrals_not_in_need_2024_2025.csv
      the local-authority rows of c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv for
      2024 and 2025: referral_count, not_in_need_count and not_in_need_percent (the referrals whose
      child was assessed not to be in need, as published, symbols kept).
  Tests/SafeguardingMetricsTests/Fixtures/c3_assessment_factors_2024_2025.csv
      the local-authority rows of c3_factors_identified_at_end_of_assessment_2018_to_2025.csv for 2024
      and 2025: Episodes_with_assessment_factor and every factor's count, as published, symbols kept.

    python3 Scripts/extract-cin-breadth-fixtures.py [../shared/data]
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
SOURCE = os.path.join(SHARED, "ees", "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv")
OUT = os.path.join(ROOT, "Tests/SafeguardingMetricsTests/Fixtures/c1_referrals_not_in_need_2024_2025.csv")
COLUMNS = ["time_period", "new_la_code", "la_name", "referral_count", "not_in_need_count", "not_in_need_percent"]

with open(SOURCE, newline="", encoding="utf-8") as f, open(OUT, "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in csv.DictReader(f):
        if row["geographic_level"] == "Local authority" and row["time_period"] in ("2024", "2025"):
            writer.writerow([row[c] for c in COLUMNS])

FACTORS = os.path.join(SHARED, "ees", "c3_factors_identified_at_end_of_assessment_2018_to_2025.csv")
FACTORS_OUT = os.path.join(ROOT, "Tests/SafeguardingMetricsTests/Fixtures/c3_assessment_factors_2024_2025.csv")

with open(FACTORS, newline="", encoding="utf-8") as f, open(FACTORS_OUT, "w", newline="", encoding="utf-8") as out:
    reader = csv.DictReader(f)
    columns = ["time_period", "new_la_code", "la_name"] + reader.fieldnames[reader.fieldnames.index("Episodes_with_assessment_factor"):]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in reader:
        if row["geographic_level"] == "Local authority" and row["time_period"] in ("2024", "2025"):
            writer.writerow([row[c] for c in columns])
