#!/usr/bin/env python3
"""Writes Documentation/SafeguardingMetrics.docc/LAITMeasures.md: the audit of LAIT's 142 children's
social care measures against the standard catalogue.

Inputs, so the table stays true:
  - LAIT's data dictionary (Tests/SafeguardingMetricsTests/Fixtures/lait_csc_dictionary.csv, a copy
    of the project's shared reference data);
  - the standard catalogue as `safeguarding-metrics indicators --list --format json` prints it
    (read from the file given as the first argument, or from standard input): an indicator whose
    `lait_measure` names a measure computes it;
  - Documentation/LAIT/lait-measure-classification.csv, written by hand: every other measure, as the
    numerator or denominator of a standard indicator, planned (issue 20: the rest of the CIN census;
    issue 21: the rest of the SSDA903) or not computable from these returns, with the reason.

It fails if a measure is classified twice, both computed and classified, or not at all, or if a
classification names an indicator the catalogue lacks. LAITMeasuresAuditTests checks the same of
the committed article, so the article and the catalogue cannot drift apart.

    Scripts/generate-lait-audit.sh      # builds the tool, then runs this script
"""
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICTIONARY = os.path.join(ROOT, "Tests/SafeguardingMetricsTests/Fixtures/lait_csc_dictionary.csv")
CLASSIFICATION = os.path.join(ROOT, "Documentation/LAIT/lait-measure-classification.csv")
ARTICLE = os.path.join(ROOT, "Documentation/SafeguardingMetrics.docc/LAITMeasures.md")

STATUS_TEXT = {
    "numerator": "computed, as the numerator of",
    "denominator": "computed, as the denominator of",
    "planned-20": "planned: issue 20 (the rest of the CIN census)",
    "planned-21": "planned: issue 21 (the rest of the SSDA903)",
    "not-computable": "not computable from these returns",
}


def cell(text):
    """A Markdown table cell: pipes escaped, whitespace collapsed."""
    return " ".join(text.replace("|", "\\|").split())


def main():
    source = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    catalogue = json.load(source)["indicators"]
    ids = {entry["id"] for entry in catalogue}
    computed = {}
    for entry in catalogue:
        measure = entry.get("lait_measure")
        if measure:
            if measure in computed:
                sys.exit(f"{measure}: named by {computed[measure]} and {entry['id']}")
            computed[measure] = entry["id"]

    with open(DICTIONARY, newline="", encoding="utf-8") as f:
        dictionary = list(csv.DictReader(f))
    with open(CLASSIFICATION, newline="", encoding="utf-8") as f:
        classified = {}
        for row in csv.DictReader(f):
            measure = row["measure_short"]
            if measure in classified:
                sys.exit(f"{measure}: classified twice")
            if row["status"] not in STATUS_TEXT:
                sys.exit(f"{measure}: unknown status {row['status']}")
            if row["status"] in ("numerator", "denominator") and row["detail"] not in ids:
                sys.exit(f"{measure}: no standard indicator {row['detail']}")
            classified[measure] = row

    measures = [row["measure_short"] for row in dictionary]
    if len(set(measures)) != len(measures):
        sys.exit("the dictionary repeats a measure")
    for measure in computed:
        if measure not in measures:
            sys.exit(f"{measure}: named by {computed[measure]} but not in the dictionary")
    for measure in classified:
        if measure not in measures:
            sys.exit(f"{measure}: classified but not in the dictionary")
        if measure in computed:
            sys.exit(f"{measure}: computed by {computed[measure]} and classified too")
    for measure in measures:
        if measure not in computed and measure not in classified:
            sys.exit(f"{measure}: neither computed nor classified")

    counts = {key: 0 for key in ["computed", *STATUS_TEXT]}
    rows = []
    for entry in dictionary:
        measure = entry["measure_short"]
        if measure in computed:
            status, detail = "computed", f"`{computed[measure]}`"
            counts["computed"] += 1
        else:
            row = classified[measure]
            status = row["status"]
            counts[status] += 1
            detail = f"`{row['detail']}`" if status in ("numerator", "denominator") else cell(row["detail"])
        label = "computed by" if status == "computed" else STATUS_TEXT[status]
        rows.append(f"| {cell(entry['topic'])} | `{cell(measure)}` | {cell(entry['measure'])} | {label} | {detail} |")

    total = len(measures)
    issues = {"planned-20": "for issue 20, the rest of the CIN census",
              "planned-21": "for issue 21, the rest of the SSDA903"}
    planned = sum(counts[key] for key in issues)
    planned_text = "; ".join(f"{counts[key]} {text}" for key, text in issues.items() if counts[key])
    parts = counts["numerator"] + counts["denominator"]
    text = f"""# LAIT's measures

Every children's social care measure of the DfE's Local Authority Interactive Tool, and which
standard indicator computes it.

## Overview

LAIT publishes {total} children's social care measures (topics Child Protection, Adoption, Children
Looked After and Children in Need; its data dictionary, `lait_data_dictionary.csv`, at
github.com/dfe-analytical-services/local-authority-interactive-tool, commit 2e30e39). This table
accounts for each of them once:

- **computed by** a standard indicator ({counts['computed']} measures): the indicator's
  `laitMeasure` names it, and `indicators --list` shows it as `lait_measure`;
- **computed, as the numerator or denominator of** a standard indicator ({parts} measures): LAIT
  publishes the count as a measure of its own;
- **planned** ({planned_text}): the returns hold the records, and the issue will add the indicator
  by the method of <doc:MakingAMeasureExact>;
- **not computable from these returns** ({counts['not-computable']} measures): the figures come from
  other collections (attainment, absence, exclusions, special educational needs and free school
  meals from the school census and the National Pupil Database, linked to the children by the DfE),
  from Cafcass or Ofsted, or are entered by hand.

So {counts['computed'] + parts} of the {total} measures are computed today, {planned}
are planned and {counts['not-computable']} cannot be computed from the SSDA903 and CIN census.

The table is written by `Scripts/generate-lait-audit.sh` from the dictionary, the catalogue
(`indicators --list --format json`) and a hand-written classification of the measures the catalogue
does not name (`Documentation/LAIT/lait-measure-classification.csv`); `LAITMeasuresAuditTests`
checks that every dictionary measure appears exactly once and that the table agrees with the
catalogue. Where a measure's figures come from a special request rather than a published file (the
referral sources), the table says so.

## The measures

| topic | measure | LAIT's description | status | indicator or reason |
|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(ARTICLE, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{total} measures: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
