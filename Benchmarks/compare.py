#!/usr/bin/env python3
"""Side-by-side comparison of SafeguardingMetrics with DuckDB and polars.

For each scale it generates a synthetic cohort with `safeguarding-metrics generate` (or reuses the
one already under --work: a scale's folder is reused when its population.csv exists), then runs,
alternating the engines in one run and each in a process of its own:

- the library (the `library-indicators` helper of this package: ReturnLoader + IndicatorComputation,
  given the postcode lookup of the dataset's postcodes.csv),
- DuckDB and polars, each reading the same SSDA903 CSVs (and the CIN census, flattened once from its
  XML to CSV by this script, since neither engine reads that XML) and computing every indicator of
  the standard catalogue (INDICATORS.md §2 and §3, the ids of `INDICATORS` below) written
  straight from INDICATORS.md §1-3 (the functions `duckdb_*` and `polars_*`), as an independent
  check of the library rather than a port of it.

It checks that all three agree on every numerator and denominator of every indicator for every
authority, and times (a) reading the SSDA903 CSVs, (b) computing all the compared indicators from
data already in memory (for the library: its whole-catalogue computation), (c) the peak resident
memory of the whole job, printing medians of the runs and ratios.

Reference data the engines are given before the clock starts, as the library is: the populations,
the postcode lookup (postcodes.csv, normalised and first row kept) and a working-day table built by
`england_and_wales_holidays`, which lists the bank holidays from the rules and one-off days written
in INDICATORS.md §1 (its own code, not a parse of the library's calendar; spot-checked against the
published gov.uk dates of 2022-2025). Also before the clock, and outside (a), each engine replaces
the LAchildID text of every loaded table by an integer id per (authority, LAchildID)
(`duckdb_keys`, `polars_keys`), as the library's loaded tables hold an Int32 child index: a join or
grouping per child then compares one integer rather than two strings.

The reference queries are written as a DuckDB or polars user would for speed, without changing
what they count: rows are filtered to the period (or to the children concerned) before any join or
window, a per-child window runs only over the looked-after children's episodes, re-referrals are a
semi-join against the previous 12 months' referrals (no DISTINCT over the pairs), working days are
two integer lookups in the cumulative working-day table, postcodes are normalised once per distinct
text, and polars collects every output in one `collect_all` so shared subplans run once.

The scale `edge` is not generated: it is the hand-made dataset of `edge_cases.py`, records for the
rules the generator never exercises; its docstring lists the differences it shows (not timed usefully).

Run it with `Benchmarks/run-comparison.sh` (creates the virtual environment and builds the tools).
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date, timedelta

# The DfE's bands of CIN episode durations (months: lower bound inclusive, upper exclusive, from the
# referral to the end or closure) and of working days from the enquiry to the initial conference.
DURATION_BANDS = {"under_3_months": (0, 3), "3_to_6_months": (3, 6), "6_to_12_months": (6, 12),
                  "1_to_2_years": (12, 24), "2_years_or_more": (24, None)}
CONFERENCE_BANDS = {"0_10": (None, 10), "11_15": (11, 15), "16_20": (16, 20), "21_or_more": (21, None)}
# Indicators whose records only returns from this collection year on hold (the 2025-26 pre-proceedings
# block): for an earlier year neither numerator nor denominator exists (the library's not_covered, 0/0).
FIRST_YEAR = {"preproceedings.rate": 2026, "preproceedings.started.rate": 2026}
SCHOOL, HEALTH, POLICE = ("2A",), ("3A", "3B", "3C", "3D", "3E", "3F"), ("6",)
# Factors identified at the end of assessment: the DfE's c3 columns (lower-cased) and the census codes
# each counts; an episode is in the denominator with any code of the census list but 21 (no factors).
FACTOR_GROUPS = {
    "alcohol_misuse_child": ('1A',),
    "alcohol_misuse_parent": ('1B',),
    "alcohol_misuse_person": ('1C',),
    "drug_misuse_child": ('2A',),
    "drug_misuse_parent": ('2B',),
    "drug_misuse_person": ('2C',),
    "domestic_abuse_child": ('3A',),
    "domestic_abuse_parent": ('3B',),
    "domestic_abuse_person": ('3C',),
    "mental_health_child": ('4A',),
    "mental_health_parent": ('4B',),
    "mental_health_person": ('4C',),
    "learning_disability_child": ('5A',),
    "learning_disability_parent": ('5B',),
    "learning_disability_person": ('5C',),
    "physical_disability_child": ('6A',),
    "physical_disability_parent": ('6B',),
    "physical_disability_person": ('6C',),
    "young_carer": ('7A',),
    "privately_fostered": ('8B', '8C', '8D', '8E', '8F'),
    "unaccompanied_asylum_seeker": ('9A',),
    "going_missing": ('10A',),
    "child_sexual_exploitation": ('11A',),
    "trafficking": ('12A',),
    "gangs": ('13A',),
    "socially_unacceptable_behaviour": ('14A',),
    "self_harm": ('15A',),
    "neglect": ('16A',),
    "emotional_abuse": ('17A',),
    "physical_abuse_unknown": ('18A',),
    "physical_abuse_child_on_child": ('18B',),
    "physical_abuse_adult_on_child": ('18C',),
    "sexual_abuse_unknown": ('19A',),
    "sexual_abuse_child_on_child": ('19B',),
    "sexual_abuse_adult_on_child": ('19C',),
    "female_genital_mutilation": ('22A',),
    "faith_linked_abuse": ('23A',),
    "child_criminal_exploitation": ('24A',),
    "other": ('20',),
}
FACTOR_CODES = tuple(code for codes in FACTOR_GROUPS.values() for code in codes) + ("18A", "19A")

# The compared indicators: every one of the standard catalogue (INDICATORS.md §2-3), each computed
# independently by each engine as named counters; id -> (numerator counter, denominator counter),
# where the denominator "population" is the mid-year estimate of children aged 0-17.
INDICATORS = {
    # §2 children in need census (each referral, assessment, enquiry, conference and plan is an event)
    "referrals.rate": ("referrals", "population"),
    "referrals.repeat_within_12_months.percent": ("rereferrals", "referrals"),
    "referrals.nfa.percent": ("referrals_nfa", "referrals"),
    "cin.rate": ("cin_open", "population"),
    "cin.started.rate": ("cin_started", "population"),
    "assessments.completed.rate": ("assessments", "population"),
    "assessments.within_45_working_days.percent": ("assessments_within", "assessments"),
    "s47.rate": ("s47", "population"),
    "icpc.rate": ("icpc", "population"),
    "s47.leading_to_icpc.percent": ("s47_icpc", "s47"),
    "icpc.within_15_working_days.percent": ("icpc_within", "icpc_linked"),
    "cpp.rate": ("cpp_children", "population"),
    "cpp.started.rate": ("plans_started", "population"),
    "cpp.second_or_subsequent.percent": ("plans_repeat", "plans_started"),
    "cpp.ceased_after_2_years.percent": ("plans_ended_long", "plans_ended"),
    "cpp.open_2_years_or_more.percent": ("plans_open_long", "plans_open"),
    # issue 20: the rest of the CIN census (referral sources, durations, conference bands, reviews, pre-proceedings)
    "referrals.source.school.percent": ("referrals_school", "referrals"),
    "referrals.source.health.percent": ("referrals_health", "referrals"),
    "referrals.source.police.percent": ("referrals_police", "referrals"),
    "referrals.assessed_not_in_need.percent": ("referrals_not_in_need", "referrals"),
    **{f"cin.open.duration_{b}.percent": (f"cin_open_{b}", "cin_open") for b in DURATION_BANDS},
    **{f"cin.ended.duration_{b}.percent": (f"cin_ended_{b}", "cin_ended") for b in DURATION_BANDS},
    **{f"icpc.working_days_{b}.percent": (f"icpc_{b}", "icpc_linked") for b in CONFERENCE_BANDS},
    "s47.children.rate": ("s47_children", "population"),
    "icpc.children.rate": ("icpc_children", "population"),
    "cpp.ended.rate": ("plans_ended", "population"),
    "cpp.reviewed_within_timescales.percent": ("cpp_reviewed", "cpp_3_months"),
    "preproceedings.rate": ("pp_children", "population"),
    "preproceedings.started.rate": ("pp_started", "population"),
    **{f"assessments.factor.{k}.percent": (f"factor_{k}", "factor_episodes") for k in FACTOR_GROUPS},
    # §3 children looked after (children, not episodes)
    "cla.rate": ("cla", "population"),
    "cla.started.rate": ("started", "population"),
    "cla.ceased.rate": ("ceased", "population"),
    "cla.ceased.returned_home.percent": ("ceased_home", "ceased"),
    "cla.ceased.returned_home_unplanned.percent": ("ceased_home_unplanned", "ceased"),
    "cla.ceased.adopted.percent": ("ceased_adopted", "ceased"),
    "cla.ceased.special_guardianship.percent": ("ceased_sgo", "ceased"),
    "cla.ceased.child_arrangements.percent": ("ceased_cao", "ceased"),
    "cla.placement.foster.percent": ("foster", "cla"),
    "cla.placement.family_network.percent": ("family", "cla"),
    "cla.placement.residential.percent": ("residential", "cla"),
    "cla.placement.over_20_miles.percent": ("far", "cla"),
    "cla.stability.three_or_more_placements.percent": ("three_placements", "cla"),
    "cla.stability.long_term.percent": ("long_term_stable", "long_term_eligible"),
    "cla.interim_care_order_over_26_weeks.percent": ("ico_long", "ico"),
    "cla.missing.percent": ("went_missing", "during"),
    "sdq.average": ("sdq_sum", "sdq_valid"),
    "sdq.received.percent": ("sdq_valid", "sdq_eligible"),
    "sdq.concern.percent": ("sdq_concern", "sdq_valid"),
    "care_leavers.eet.age_17_18.percent": ("l17_eet", "l17_total"),
    "care_leavers.eet.age_19_21.percent": ("l19_eet", "l19_total"),
    "care_leavers.suitable_accommodation.age_17_18.percent": ("l17_suitable", "l17_total"),
    "care_leavers.suitable_accommodation.age_19_21.percent": ("l19_suitable", "l19_total"),
    "care_leavers.in_touch.age_17_18.percent": ("l17_in_touch", "l17_total"),
    "care_leavers.in_touch.age_19_21.percent": ("l19_in_touch", "l19_total"),
    "care_leavers.eet.age_17_21.percent": ("l_eet", "l_total"),
    "care_leavers.suitable_accommodation.age_17_21.percent": ("l_suitable", "l_total"),
    "care_leavers.in_touch.age_17_21.percent": ("l_in_touch", "l_total"),
    # Issue 21: placement types and legal statuses at the end, away and incidents, kinds of adoption
    # and special guardianship order, staying put, OC2 health and offending, care leavers 19-21.
    "cla.placement.secure_and_childrens_homes.percent": ("secure_homes", "cla"),
    "cla.placement.supported_accommodation.percent": ("supported", "cla"),
    "cla.placement.other_residential.percent": ("other_residential", "cla"),
    "cla.placement.other.percent": ("other_placement", "cla"),
    "cla.placement.with_parents.percent": ("with_parents", "cla"),
    "cla.placement.placed_for_adoption.percent": ("placed_adoption", "cla"),
    "cla.legal_status.care_order.percent": ("care_order", "cla"),
    "cla.legal_status.placement_order.percent": ("placement_order", "cla"),
    "cla.legal_status.section_20.percent": ("section_20", "cla"),
    "cla.away.percent": ("went_away", "during"),
    "cla.missing.incidents_per_child": ("missing_incidents", "went_missing"),
    "cla.away.incidents_per_child": ("away_incidents", "went_away"),
    "cla.ceased.adopted_application_unopposed.percent": ("ceased_e11", "ceased_adopted"),
    "cla.ceased.adopted_consent_dispensed.percent": ("ceased_e12", "ceased_adopted"),
    "cla.ceased.sgo_former_foster_carer_relative.percent": ("ceased_e45", "ceased_sgo"),
    "cla.ceased.sgo_former_foster_carer_other.percent": ("ceased_e46", "ceased_sgo"),
    "cla.ceased.sgo_carer_relative.percent": ("ceased_e47", "ceased_sgo"),
    "cla.ceased.staying_put.percent": ("staying_put", "ceased_18_foster"),
    "oc2.health_assessment.percent": ("oc2_health", "oc2_total"),
    "oc2.immunisations.percent": ("oc2_immunised", "oc2_total"),
    "oc2.dental_check.percent": ("oc2_teeth", "oc2_total"),
    "oc2.development_assessment.percent": ("oc2_development", "oc2_under_5"),
    "oc2.substance_misuse.percent": ("oc2_substance", "oc2_total"),
    "oc2.convictions.percent": ("oc2_convicted", "oc2_10_to_17"),
    "care_leavers.higher_education.age_19_21.percent": ("l19_he", "l19_total"),
    "care_leavers.neet.age_19_21.percent": ("l19_neet", "l19_total"),
    "care_leavers.not_in_touch.age_19_21.percent": ("l19_not_in_touch", "l19_total"),
    "cla.uasc.percent": ("uasc", "cla"),
    "cla.started.uasc.percent": ("started_uasc", "started"),
    # Issue 21, adoption tables: adoption timeliness (sums of days over children) and previous permanence.
    "adoption.entering_care_to_placed.days": ("care_to_placed_days", "adopted_placed"),
    "adoption.entering_care_to_moving_in_adjusted.days": ("care_to_carers_days", "adopted_placed"),
    "adoption.placement_order_to_match.days": ("order_to_match_days", "adopted_matched"),
    "adoption.entering_care_to_adoption.days": ("care_to_adopted_days", "ceased_adopted"),
    "adoption.decision_to_match.days": ("decision_to_match_days", "adopted_decided_matched"),
    "cla.started.previous_permanence.percent": ("started_previous_permanence", "started"),
}
# Code lists and windows: the defaults of INDICATORS.md §2-3.
FOSTER = ("U1", "U2", "U3", "U4", "U5", "U6")
FAMILY = ("U1", "U2", "U3", "P1")
RESIDENTIAL = ("K1", "K2", "R1", "R2", "R5", "S1")
SHORT_BREAKS = ("V3", "V4")
TEMPORARY = ("T0", "T1", "T2", "T3", "T4")
NEW_PLACEMENT = ("S", "P", "B", "T", "U")
CARER_CHANGE = ("P", "B")
EET = ("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5")
LEAVER_EXCLUDED = ("DIED", "RHOM")
# Reasons a child ceased to be looked after (REC), by the groups of INDICATORS.md §3 (the DfE's
# tables of children ceasing by reason): returned home as part of the care plan, not as part of it,
# adopted, special guardianship orders, residence or child arrangements orders.
RETURNED_HOME, RETURNED_HOME_UNPLANNED = ("E4A",), ("E4B",)
ADOPTED, SGO, CAO = ("E11", "E12"), ("E45", "E46", "E47", "E48"), ("E41",)
# Issue 21's groups (the DfE's tables of children looked after at 31 March by placement and legal status).
SECURE_HOMES, SUPPORTED = ("K1", "K2"), ("H5", "K3", "K4", "P2")
OTHER_RESIDENTIAL, OTHER_PLACEMENT = ("R1", "R2", "R3", "R5"), ("Z1", "P3", "T0", "T1", "T2", "T3", "T4")
WITH_PARENTS, PLACED_ADOPTION = ("P1",), ("A3", "A4", "A5", "A6")
CARE_ORDER, PLACEMENT_ORDER, SECTION_20 = ("C1", "C2"), ("E1", "D1"), ("V2",)
# Adoption timeliness: placements for adoption with the current foster carers, reasons for a new
# episode with the carers unchanged, and previous permanence codes that count (Z1 is none).
WITH_FOSTER_CARERS, SAME_CARER, PREVIOUS_PERMANENCE = ("A3", "A5"), ("L", "U", "B"), ("P1", "P2", "P3", "P4")
HIGHER_EDUCATION, NEET = ("F1", "P1"), ("G1", "G2", "G3", "G4", "G5", "G6")
NOT_IN_NEED = ("RC8", "RC9")  # closed after assessment: the child was assessed not to be in need
# A lookup row is a position only within these bounds in metres (0-1,000 km east, 0-1,300 km north): the
# library's reader rejects other rows as "no position on the British National Grid", so the distance of
# their postcodes is unknown. INDICATORS.md does not define this check; the generator writes some
# positions outside it (negative northings, eastings over 1,000 km).
GRID_EAST, GRID_NORTH = 1_000_000, 1_300_000
FAR_CM = 3_218_688              # 20 miles = 32,186.88 m, in centimetres (distances compared squared, exactly)
ASSESSMENT_DAYS, CONFERENCE_DAYS = 45, 15
PLAN_LONG_DAYS, ICO_DAYS = 730, 182

SCALES = {
    "1": dict(las=1, years=3, label="1 authority, 3 years"),
    "20": dict(las=20, years=3, label="20 authorities, 3 years"),
    "153": dict(las=153, years=3, label="153 authorities, 3 years"),
    # The 2025-26 CIN census with its pre-proceedings block, compared for collection year 2026.
    "2026": dict(las=20, years=2, last_year=2026, year=2026, label="20 authorities, 2 years to 2025-26"),
    # Not generated: the hand-made records of edge_cases.py, rebuilt on every run. Its docstring lists
    # the differences from the library it is known to show.
    "edge": dict(label="hand-made edge cases (edge_cases.py)"),
}


def period(year):
    """Collection year Y: 1 April Y-1 to 31 March Y, both inclusive (INDICATORS.md §1)."""
    return date(year - 1, 4, 1), date(year, 3, 31)


def add_months(day, months):
    """The same day-of-month `months` later (negative: earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    y, m = divmod(index, 12)
    last = (date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m + 1, min(day.day, last))


def collection_year_of(day):
    """The collection year containing `day` (OC2 and OC3 use that year's return)."""
    return day.year + 1 if day.month >= 4 else day.year


def easter_sunday(year):
    """Easter Sunday (Gregorian), by the Meeus/Jones/Butcher algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def england_and_wales_holidays(first=2010, last=2030):
    """England and Wales bank holidays, from the rules of INDICATORS.md §1: New Year's Day, Good
    Friday, Easter Monday, early May (first Monday), spring (last Monday of May), summer (last Monday
    of August), Christmas and Boxing Day, with substitute weekdays, plus the one-off changes."""
    days = set()
    for y in range(first, last + 1):
        def monday_on_or_after(d):
            return d + timedelta(days=(7 - d.weekday()) % 7)

        def last_monday(month):
            end = date(y, month + 1, 1) - timedelta(days=1)
            return end - timedelta(days=end.weekday())
        new_year = date(y, 1, 1)
        days.add(new_year if new_year.weekday() < 5 else monday_on_or_after(new_year))
        easter = easter_sunday(y)
        days |= {easter - timedelta(days=2), easter + timedelta(days=1)}
        days.add(date(2020, 5, 8) if y == 2020 else monday_on_or_after(date(y, 5, 1)))
        if y == 2012:
            days |= {date(2012, 6, 4), date(2012, 6, 5)}
        elif y == 2022:
            days |= {date(2022, 6, 2), date(2022, 6, 3)}
        else:
            days.add(last_monday(5))
        days.add(last_monday(8))
        # Christmas and Boxing Day: a holiday falling at a weekend moves to the next free weekday.
        taken = set()
        for d in (date(y, 12, 25), date(y, 12, 26)):
            while d.weekday() >= 5 or d in taken:
                d += timedelta(days=1)
            taken.add(d)
        days |= taken
        days |= {d for d in (date(2011, 4, 29), date(2022, 9, 19), date(2023, 5, 8)) if d.year == y}
    return sorted(days)


# Published gov.uk dates, a spot check of the rules above.
_KNOWN = {
    2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
    2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
    2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
}
for _y, _days in _KNOWN.items():
    assert [d for d in england_and_wales_holidays(_y, _y)] == [date.fromisoformat(f"{_y}-{d}") for d in _days], _y


def working_day_table(first=date(1990, 1, 1), last=date(2040, 12, 31)):
    """(day, cum) for every day: cum = working days from `first` through `day`, so the working days
    after a start up to and including an end are cum(end) - cum(start) (INDICATORS.md §1)."""
    holidays = set(england_and_wales_holidays())
    days, cums, cum, d = [], [], 0, first
    while d <= last:
        if d.weekday() < 5 and d not in holidays:
            cum += 1
        days.append(d)
        cums.append(cum)
        d += timedelta(days=1)
    return days, cums


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

FLAT_FORMAT = "5"  # bumped when the flattened columns change, so an older flattening is redone


def flatten_cin(root, flat):
    """Writes referrals, assessments, s47 and plans CSVs with `la,year,child,referral,...` columns
    (`referral` is the CIN episode's CINreferralDate, which with la and child identifies the episode;
    `icpc` is DateOfInitialCPC, at the episode level on referrals and per enquiry on s47)."""
    os.makedirs(flat, exist_ok=True)
    done = os.path.join(flat, ".done")
    if os.path.exists(done) and open(done).read().strip() == FLAT_FORMAT:
        return
    out = {name: open(os.path.join(flat, name + ".csv"), "w") for name in ("referrals", "assessments", "s47", "plans")}
    out["referrals"].write("la,year,child,referral,closure,nfa,icpc,reason,source,pp_start,pp_decision,pp_court\n")
    out["assessments"].write("la,year,child,referral,start,authorised,factors\n")
    out["s47"].write("la,year,child,referral,start,icpc\n")
    out["plans"].write("la,year,child,referral,start,end,previous,reviews\n")
    text = lambda e, tag: e.findtext(tag, "").strip()
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
                cid = text(child, "ChildIdentifiers/LAchildID")
                for d in child.findall("CINdetails"):
                    ref = text(d, "CINreferralDate")
                    nfa = text(d, "ReferralNFA").lower() in ("true", "1")
                    pp = d.find("PreProceedingsandFGDM")
                    pp_dates = ",".join(text(pp, t) if pp is not None else "" for t in ("PPStartDate", "StepDecisionDate", "CourtAppDate"))
                    out["referrals"].write(f"{la},{year},{cid},{ref},{text(d, 'CINclosureDate')},{int(nfa)},"
                                           f"{text(d, 'DateOfInitialCPC')},{text(d, 'ReasonForClosure')},"
                                           f"{text(d, 'ReferralSource')},{pp_dates}\n")
                    for a in d.findall("Assessments"):
                        factors = ";".join(f.text.strip() for f in a.findall("FactorsIdentifiedAtAssessment/AssessmentFactors")
                                           if f.text)
                        out["assessments"].write(f"{la},{year},{cid},{ref},{text(a, 'AssessmentActualStartDate')},"
                                                 f"{text(a, 'AssessmentAuthorisationDate')},{factors}\n")
                    for s in d.findall("Section47"):
                        out["s47"].write(f"{la},{year},{cid},{ref},{text(s, 'S47ActualStartDate')},"
                                         f"{text(s, 'DateOfInitialCPC')}\n")
                    for p in d.findall("ChildProtectionPlans"):
                        reviews = ";".join(r.text.strip() for r in p.findall("Reviews/CPPreviewDate") if r.text)
                        out["plans"].write(f"{la},{year},{cid},{ref},{text(p, 'CPPstartDate')},{text(p, 'CPPendDate')},"
                                           f"{text(p, 'NumberOfPreviousCPP')},{reviews}\n")
                child.clear()
    for f in out.values():
        f.close()
    with open(done, "w") as f:
        f.write(FLAT_FORMAT + "\n")


def populations(root, year):
    """The mid-(Y-1) estimate for collection year Y (INDICATORS.md §1), from the generator's file, or
    the latest earlier one when the file has none for mid-(Y-1) (as the library falls back)."""
    best = {}
    with open(os.path.join(root, "population.csv")) as f:
        header = f.readline().strip().split(",")
        for line in f:
            row = dict(zip(header, line.strip().split(",")))
            mid = int(row["year"])
            if mid <= year - 1 and mid >= best.get(row["la_code"], (-1, 0))[0]:
                best[row["la_code"]] = (mid, int(row["population_0_17"]))
    return {la: value for la, (mid, value) in best.items()}


def as_counters(frames):
    """{la: {counter: value}} from tables of one `la` column and named counter columns."""
    result = {}
    for columns, rows in frames:
        for row in rows:
            counters = result.setdefault(row[0], {})
            for name, value in zip(columns[1:], row[1:]):
                counters[name] = int(value or 0)
    return result


# ---------------------------------------------------------------------------------------------
# DuckDB

V = "'VARCHAR'"
DUCK_SSDA903 = {
    "episodes": f"{{'CHILD':{V},'DECOM':'DATE','DEC':'DATE','RNE':{V},'LS':{V},'PLACE':{V},'REC':{V},"
                f"'HOME_POST':{V},'PL_POST':{V}}}",
    "missing": f"{{'CHILD':{V},'MIS_START':'DATE','MIS_END':'DATE','MISSING':{V}}}",
    "header": f"{{'CHILD':{V},'DOB':'DATE'}}",
    "oc2": f"{{'CHILD':{V},'DOB':'DATE','SDQ_SCORE':{V},'SDQ_REASON':{V},'CONVICTED':{V},'HEALTH_CHECK':{V},"
           f"'IMMUNISATIONS':{V},'TEETH_CHECK':{V},'HEALTH_ASSESSMENT':{V},'SUBSTANCE_MISUSE':{V}}}",
    "oc3": f"{{'CHILD':{V},'DOB':'DATE','IN_TOUCH':{V},'ACTIV':{V},'ACCOM':{V}}}",
}
PATH_LA = r"regexp_extract(filename, '([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$', 1)"
PATH_YEAR = r"CAST(regexp_extract(filename, '([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$', 2) AS INTEGER)"


def duckdb_postcode(column):
    """A postcode compared upper-cased, trimmed, runs of blanks as one space; blank is NULL."""
    return f"nullif(trim(regexp_replace(upper({column}), '[\\s\\xa0]+', ' ', 'g')), '')"


def duckdb_read(con, root):
    """Reads the five SSDA903 CSVs of every return into tables, the latest return winning per key
    (episodes: LA, CHILD, DECOM; missing: LA, CHILD, MIS_START; header: LA, CHILD) and, for a key
    repeated inside one return, the last row in the file (INDICATORS.md §1); OC2 and OC3 rows have no
    key and all stay. The raw tables keep file order (DuckDB preserves insertion order), so `rowid`
    orders rows within a file."""
    for table, types in DUCK_SSDA903.items():
        con.execute(f"""CREATE OR REPLACE TABLE raw_{table} AS
            SELECT {PATH_LA} AS la, {PATH_YEAR} AS year, * EXCLUDE (filename)
            FROM read_csv('{root}/*/*/ssda903/{table}.csv', header=true, dateformat='%d/%m/%Y',
                          types={types}, filename=true)""")
    con.execute("""CREATE OR REPLACE TABLE episodes AS SELECT la, CHILD AS child, DECOM AS decom, DEC AS dec,
        RNE AS rne, LS AS ls, PLACE AS place, REC AS rec, HOME_POST AS home_post, PL_POST AS pl_post FROM raw_episodes
        QUALIFY row_number() OVER (PARTITION BY la, CHILD, DECOM ORDER BY year DESC, rowid DESC) = 1""")
    con.execute("""CREATE OR REPLACE TABLE missing AS SELECT la, CHILD AS child, MIS_START AS mis_start, MISSING AS missing
        FROM raw_missing QUALIFY row_number() OVER (PARTITION BY la, CHILD, MIS_START ORDER BY year DESC, rowid DESC) = 1""")
    con.execute("""CREATE OR REPLACE TABLE header AS SELECT la, CHILD AS child, DOB AS dob
        FROM raw_header QUALIFY row_number() OVER (PARTITION BY la, CHILD ORDER BY year DESC, rowid DESC) = 1""")
    con.execute("""CREATE OR REPLACE TABLE oc2 AS SELECT la, year, CHILD AS child, DOB AS dob, SDQ_SCORE AS sdq,
        trim(CONVICTED) = '1' AS convicted, trim(HEALTH_CHECK) = '1' AS health, trim(IMMUNISATIONS) = '1' AS immunised,
        trim(TEETH_CHECK) = '1' AS teeth, trim(HEALTH_ASSESSMENT) = '1' AS development,
        trim(SUBSTANCE_MISUSE) = '1' AS substance FROM raw_oc2""")
    con.execute("""CREATE OR REPLACE TABLE oc3 AS SELECT la, year, CHILD AS child, DOB AS dob, IN_TOUCH AS in_touch,
        ACTIV AS activity, ACCOM AS accommodation FROM raw_oc3""")
    for table in DUCK_SSDA903:
        con.execute(f"DROP TABLE raw_{table}")
    # Unaccompanied asylum-seeking children: one row per child within each return (the last in the
    # file), never merged across returns; a return without the file has none.
    if glob.glob(f"{root}/*/*/ssda903/uasc.csv"):
        con.execute(f"""CREATE OR REPLACE TABLE raw_uasc AS SELECT {PATH_LA} AS la, {PATH_YEAR} AS year, CHILD, DUC
            FROM read_csv('{root}/*/*/ssda903/uasc.csv', header=true, dateformat='%d/%m/%Y',
                          types={{'CHILD':{V},'DUC':'DATE'}}, filename=true)""")
    else:
        con.execute("CREATE OR REPLACE TABLE raw_uasc (la VARCHAR, year INTEGER, CHILD VARCHAR, DUC DATE)")
    con.execute("""CREATE OR REPLACE TABLE uasc AS SELECT la, year, CHILD AS child, DUC AS duc FROM raw_uasc
        QUALIFY row_number() OVER (PARTITION BY la, year, CHILD ORDER BY rowid DESC) = 1""")
    con.execute("DROP TABLE raw_uasc")
    # Adoptions (ad1) and previous permanence: one row per child within each return (the last in the
    # file), never merged across returns; a return without the file has none.
    for table, columns, types in (("ad1", "CHILD, DATE_INT, DATE_MATCH", f"{{'CHILD':{V},'DATE_INT':'DATE','DATE_MATCH':'DATE'}}"),
                                  ("previous_permanence", "CHILD, PREV_PERM", f"{{'CHILD':{V},'PREV_PERM':{V}}}")):
        if glob.glob(f"{root}/*/*/ssda903/{table}.csv"):
            con.execute(f"""CREATE OR REPLACE TABLE raw_{table} AS SELECT {PATH_LA} AS la, {PATH_YEAR} AS year, {columns}
                FROM read_csv('{root}/*/*/ssda903/{table}.csv', header=true, dateformat='%d/%m/%Y',
                              types={types}, filename=true)""")
        else:
            con.execute(f"CREATE OR REPLACE TABLE raw_{table} (la VARCHAR, year INTEGER, "
                        + ("CHILD VARCHAR, DATE_INT DATE, DATE_MATCH DATE)" if table == "ad1" else "CHILD VARCHAR, PREV_PERM VARCHAR)"))
        con.execute(f"""CREATE OR REPLACE TABLE {table} AS SELECT la, year, {columns.replace('CHILD', 'CHILD AS child')}
            FROM raw_{table} QUALIFY row_number() OVER (PARTITION BY la, year, CHILD ORDER BY rowid DESC) = 1""")
        con.execute(f"DROP TABLE raw_{table}")


def duckdb_read_cin(con, flat):
    """The flattened CIN census, the latest return winning per key (referrals: LA, child, referral
    date; assessments, s47 and plans: + their start date)."""
    keys = {"referrals": "la, child, referral", "assessments": "la, child, referral, start",
            "s47": "la, child, referral, start", "plans": "la, child, referral, start"}
    for table, key in keys.items():
        types = {"referrals": ",'source':'VARCHAR','pp_start':'DATE','pp_decision':'DATE','pp_court':'DATE'",
                 "plans": ",'reviews':'VARCHAR'", "assessments": ",'factors':'VARCHAR'"}.get(table, "")
        con.execute(f"""CREATE OR REPLACE TABLE raw_{table} AS SELECT * FROM
            read_csv('{flat}/{table}.csv', header=true, dateformat='%Y-%m-%d', types={{'child':'VARCHAR','la':'VARCHAR'{types}}})""")
        con.execute(f"""CREATE OR REPLACE TABLE {table} AS SELECT * EXCLUDE (year) FROM raw_{table}
            QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY year DESC, rowid DESC) = 1""")
        con.execute(f"DROP TABLE raw_{table}")


def duckdb_keys(con):
    """Identifies each child by an integer, one per (authority, LAchildID) over every table, in place
    of the LAchildID text, as the library's loaded tables do (an Int32 child index): so a join or a
    grouping per child compares one integer, and a child's id alone identifies it across authorities.
    A missing LAchildID stays NULL (it matches no other row, as before)."""
    tables = ("episodes", "missing", "header", "oc2", "oc3", "uasc", "ad1", "previous_permanence", "referrals",
              "assessments", "s47", "plans")
    union = " UNION ".join(f"SELECT la, child FROM {t} WHERE child IS NOT NULL" for t in tables)
    con.execute(f"CREATE OR REPLACE TABLE child_ids AS SELECT la, child, CAST(row_number() OVER () AS INTEGER) AS id FROM ({union})")
    for t in tables:
        con.execute(f"""CREATE OR REPLACE TABLE {t} AS SELECT * REPLACE (k.id AS child)
            FROM {t} LEFT JOIN child_ids k USING (la, child)""")
    con.execute("DROP TABLE child_ids")


def duckdb_reference(con, root):
    """Reference inputs, as the library is given them: postcode positions and the working-day table."""
    con.execute(f"""CREATE OR REPLACE TABLE raw_postcodes AS SELECT {duckdb_postcode('postcode')} AS postcode,
            CAST(easting AS BIGINT) AS x, CAST(northing AS BIGINT) AS y
        FROM read_csv('{root}/postcodes.csv', header=true, types={{'postcode':'VARCHAR'}})""")
    con.execute(f"""CREATE OR REPLACE TABLE postcodes AS SELECT * FROM raw_postcodes WHERE postcode IS NOT NULL
            AND x BETWEEN 0 AND {GRID_EAST} AND y BETWEEN 0 AND {GRID_NORTH}
        QUALIFY row_number() OVER (PARTITION BY postcode ORDER BY rowid) = 1""")  # the first row of a repeated postcode
    con.execute("DROP TABLE raw_postcodes")
    days, cums = working_day_table()
    con.execute("CREATE OR REPLACE TABLE calendar (day DATE, cum INTEGER)")
    con.executemany("INSERT INTO calendar VALUES (?, ?)", list(zip(days, cums)))


def duckdb_age(dob, on):
    """Completed years of `dob` on the constant date `on`."""
    return (f"({on.year} - year({dob}) - CASE WHEN month({dob}) > {on.month} OR "
            f"(month({dob}) = {on.month} AND day({dob}) > {on.day}) THEN 1 ELSE 0 END)")


def duckdb_age_at(dob, on):
    """Completed years of `dob` on the date column `on` (a child born 29 February is a year older on 1 March)."""
    return (f"(year({on}) - year({dob}) - CASE WHEN month({dob}) > month({on}) OR "
            f"(month({dob}) = month({on}) AND day({dob}) > day({on})) THEN 1 ELSE 0 END)")


def duckdb_compute(con, year):
    """Every counter of `INDICATORS` per authority: [(columns, rows)] with `la` first."""
    start, end = period(year)
    s, e = f"DATE '{start}'", f"DATE '{end}'"
    d = lambda day: f"DATE '{day}'"
    q = {}
    # Episodes of care, without short breaks (V3/V4 are ignored by every looked-after measure).
    care = f"(SELECT * FROM episodes WHERE ls IS NULL OR ls NOT IN {SHORT_BREAKS})"
    # Looked after at the end: the episode open at the end with the latest DECOM gives the placement.
    current = f"""(SELECT * FROM {care} WHERE decom <= {e} AND (dec IS NULL OR dec > {e})
        QUALIFY row_number() OVER (PARTITION BY child ORDER BY decom DESC) = 1)"""
    # Their history up to the end, in start order: a period of care starts at the first episode, at
    # RNE = S or after a gap (a start after the previous episode's end); a run of interim care orders
    # is broken by any episode that is not C1 or not contiguous (DECOM = previous DEC) with a C1 one.
    # (Only the columns used below go through the window; c_decom is the current episode's start.)
    history = f"""(SELECT e.child, e.decom, e.dec, e.rne, e.ls, e.place, c.decom AS c_decom,
            lag(e.child) OVER v IS DISTINCT FROM e.child AS first,
            CASE WHEN lag(e.child) OVER v = e.child THEN lag(e.dec) OVER v END AS prev_dec,
            CASE WHEN lag(e.child) OVER v = e.child THEN lag(e.ls) OVER v END AS prev_ls
        FROM {care} e JOIN current c ON c.child = e.child WHERE e.decom <= {e}
        WINDOW v AS (ORDER BY e.child, e.decom))"""
    # Per child looked after at the end: the start of the current period of care and of the current
    # run of interim care orders, the placements in the period (1 for an episode open at the start,
    # plus each new placement that is not temporary), a change of carer in the last 24 months.
    per_child = f"""(SELECT h.child,
            max(h.decom) FILTER (WHERE (h.first OR h.rne = 'S' OR h.decom > h.prev_dec) AND h.decom <= h.c_decom) AS care_start,
            max(h.decom) FILTER (WHERE NOT coalesce(h.ls = 'C1' AND h.prev_ls = 'C1' AND h.decom = h.prev_dec, false)
                                 AND h.decom <= h.c_decom) AS ico_start,
            max(CASE WHEN h.decom < {s} AND (h.dec IS NULL OR h.dec >= {s}) THEN 1 ELSE 0 END)
              + count(*) FILTER (WHERE h.decom >= {s} AND h.rne IN {NEW_PLACEMENT}
                                 AND (h.place IS NULL OR h.place NOT IN {TEMPORARY})) AS placements,
            bool_or(h.rne IN {CARER_CHANGE} AND h.decom > {d(add_months(end, -24))}) AS moved
        FROM {history} h GROUP BY h.child)"""
    far = "((ph.x - pp.x) * (ph.x - pp.x) + (ph.y - pp.y) * (ph.y - pp.y))"
    long_term = f"{duckdb_age('h.dob', end)} < 16 AND care_start <= {d(add_months(end, -30))}"
    # Postcodes are normalised once per distinct text among the children looked after at the end.
    positions = f"""(SELECT raw, x, y FROM (SELECT DISTINCT raw FROM
            (SELECT home_post AS raw FROM current UNION SELECT pl_post FROM current))
        JOIN postcodes ON postcode = {duckdb_postcode('raw')})"""
    q["at_end"] = f"""WITH current AS MATERIALIZED {current}, positions AS {positions}
        SELECT c.la, count(*) AS cla,
            count(*) FILTER (WHERE place IN {FOSTER}) AS foster,
            count(*) FILTER (WHERE place IN {FAMILY}) AS family,
            count(*) FILTER (WHERE place IN {RESIDENTIAL}) AS residential,
            count(*) FILTER (WHERE {far} * 10000 > {FAR_CM * FAR_CM}) AS far,
            count(*) FILTER (WHERE placements >= 3) AS three_placements,
            count(*) FILTER (WHERE {long_term}) AS long_term_eligible,
            count(*) FILTER (WHERE {long_term} AND NOT moved) AS long_term_stable,
            count(*) FILTER (WHERE ls = 'C1') AS ico,
            count(*) FILTER (WHERE ls = 'C1' AND ico_start < {d(end - timedelta(days=ICO_DAYS))}) AS ico_long,
            count(*) FILTER (WHERE place IN {SECURE_HOMES}) AS secure_homes,
            count(*) FILTER (WHERE place IN {SUPPORTED}) AS supported,
            count(*) FILTER (WHERE place IN {OTHER_RESIDENTIAL}) AS other_residential,
            count(*) FILTER (WHERE place IN {OTHER_PLACEMENT}) AS other_placement,
            count(*) FILTER (WHERE place IN {WITH_PARENTS}) AS with_parents,
            count(*) FILTER (WHERE place IN {PLACED_ADOPTION}) AS placed_adoption,
            count(*) FILTER (WHERE ls IN {CARE_ORDER}) AS care_order,
            count(*) FILTER (WHERE ls IN {PLACEMENT_ORDER}) AS placement_order,
            count(*) FILTER (WHERE ls IN {SECTION_20}) AS section_20,
            count(*) FILTER (WHERE u.child IS NOT NULL AND (u.duc IS NULL OR u.duc > {e})) AS uasc
        FROM current c JOIN {per_child} USING (child)
        LEFT JOIN header h ON c.child = h.child
        LEFT JOIN (SELECT child, duc FROM uasc WHERE year = {collection_year_of(end)}) u ON u.child = c.child
        LEFT JOIN positions ph ON ph.raw = c.home_post
        LEFT JOIN positions pp ON pp.raw = c.pl_post
        GROUP BY c.la"""
    # A child who started is an unaccompanied asylum-seeking child on the day care started (its first
    # RNE = S in the period) by the uasc row of the return of the collection year containing the end.
    # Previous permanence: the previous_permanence row of the return of the collection year containing
    # the day the child started.
    q["started"] = f"""SELECT x.la, count(*) AS started,
            count(*) FILTER (WHERE u.child IS NOT NULL AND (u.duc IS NULL OR u.duc > x.first)) AS started_uasc,
            count(*) FILTER (WHERE pp.prev_perm IN {PREVIOUS_PERMANENCE}) AS started_previous_permanence
        FROM (SELECT la, child, min(decom) AS first FROM {care} WHERE rne = 'S' AND decom BETWEEN {s} AND {e}
              GROUP BY la, child) x
        LEFT JOIN (SELECT child, duc FROM uasc WHERE year = {collection_year_of(end)}) u ON u.child = x.child
        LEFT JOIN previous_permanence pp ON pp.child = x.child
            AND pp.year = CASE WHEN month(x.first) >= 4 THEN year(x.first) + 1 ELSE year(x.first) END
        GROUP BY x.la"""
    # Adoption timeliness: each child whose ceasing episode that ends last in the period has REC E11 or
    # E12, with its episodes up to that one in start order: the period of care it ends (started at the
    # first episode, RNE S or a gap), the last run of contiguous A placements in that period reaching
    # the ceasing episode, the carers' start at that run's first episode (for A3/A5), the first
    # placement or freeing order of the period, and the ad1 match of the return of the adoption's year.
    q["adoption"] = f"""WITH adopted AS (SELECT la, child, decom AS c_decom, dec AS adopted, rec FROM {care}
                WHERE dec BETWEEN {s} AND {e} AND rec IS NOT NULL AND rec <> 'X1'
                QUALIFY row_number() OVER (PARTITION BY child ORDER BY dec DESC, decom DESC) = 1),
            h1 AS (SELECT e.child, e.decom, e.dec, e.rne, e.ls, e.place, a.c_decom,
                    lag(e.child) OVER v IS DISTINCT FROM e.child AS first,
                    CASE WHEN lag(e.child) OVER v = e.child THEN lag(e.dec) OVER v END AS prev_dec,
                    CASE WHEN lag(e.child) OVER v = e.child THEN lag(e.place) OVER v END AS prev_place
                FROM {care} e JOIN adopted a ON a.child = e.child AND a.rec IN {ADOPTED}
                WHERE e.decom <= a.c_decom WINDOW v AS (ORDER BY e.child, e.decom)),
            h2 AS (SELECT *, (first OR rne = 'S' OR decom > prev_dec) IS TRUE AS new_period FROM h1),
            h3 AS (SELECT *, max(CASE WHEN new_period OR coalesce(rne NOT IN {SAME_CARER}, true) THEN decom END)
                        OVER (PARTITION BY child ORDER BY decom ROWS UNBOUNDED PRECEDING) AS carer_start,
                    place IN {PLACED_ADOPTION} AND (new_period OR NOT coalesce(prev_place IN {PLACED_ADOPTION}, false)
                        OR decom > prev_dec) AS run_start FROM h2),
            per_child AS (SELECT child, max(decom) FILTER (WHERE new_period) AS care_start,
                    max(decom) FILTER (WHERE run_start) AS placed_start,
                    arg_max(carer_start, decom) FILTER (WHERE run_start) AS carer_at_placed,
                    arg_max(place, decom) FILTER (WHERE run_start) AS placed_place,
                    bool_or(decom = c_decom AND place IN {PLACED_ADOPTION}) AS last_placed FROM h3 GROUP BY child),
            orders AS (SELECT h.child, min(h.decom) AS order_start FROM h3 h JOIN per_child p USING (child)
                WHERE h.ls IN {PLACEMENT_ORDER} AND h.decom >= p.care_start GROUP BY h.child),
            x AS (SELECT a.la, a.adopted, p.care_start, CASE WHEN p.last_placed THEN p.placed_start END AS placed,
                    CASE WHEN p.placed_place IN {WITH_FOSTER_CARERS} THEN p.carer_at_placed ELSE p.placed_start END AS moved_in,
                    o.order_start, m.DATE_INT AS decided, m.DATE_MATCH AS matched
                FROM adopted a JOIN per_child p USING (child) LEFT JOIN orders o USING (child)
                LEFT JOIN ad1 m ON m.child = a.child
                    AND m.year = CASE WHEN month(a.adopted) >= 4 THEN year(a.adopted) + 1 ELSE year(a.adopted) END
                WHERE a.rec IN {ADOPTED})
        SELECT la, coalesce(sum(date_diff('day', care_start, adopted)), 0) AS care_to_adopted_days,
            count(placed) AS adopted_placed,
            coalesce(sum(date_diff('day', care_start, placed)), 0) AS care_to_placed_days,
            coalesce(sum(date_diff('day', care_start, moved_in)) FILTER (WHERE placed IS NOT NULL), 0) AS care_to_carers_days,
            count(*) FILTER (WHERE placed IS NOT NULL AND order_start IS NOT NULL AND matched IS NOT NULL) AS adopted_matched,
            coalesce(sum(greatest(0, date_diff('day', order_start, matched)))
                FILTER (WHERE placed IS NOT NULL AND order_start IS NOT NULL AND matched IS NOT NULL), 0) AS order_to_match_days,
            count(*) FILTER (WHERE decided IS NOT NULL AND matched IS NOT NULL) AS adopted_decided_matched,
            coalesce(sum(greatest(0, date_diff('day', decided, matched)))
                FILTER (WHERE decided IS NOT NULL AND matched IS NOT NULL), 0) AS decision_to_match_days
        FROM x GROUP BY la"""
    # Ceased: each child once, by the reason of its ceasing episode that ends last (between equal
    # ends, the later start).
    q["ceased"] = f"""SELECT x.la AS la, count(*) AS ceased, count(*) FILTER (WHERE rec IN {RETURNED_HOME}) AS ceased_home,
            count(*) FILTER (WHERE rec IN {RETURNED_HOME_UNPLANNED}) AS ceased_home_unplanned,
            count(*) FILTER (WHERE rec IN {ADOPTED}) AS ceased_adopted, count(*) FILTER (WHERE rec IN {SGO}) AS ceased_sgo,
            count(*) FILTER (WHERE rec IN {CAO}) AS ceased_cao,
            count(*) FILTER (WHERE rec = 'E11') AS ceased_e11, count(*) FILTER (WHERE rec = 'E12') AS ceased_e12,
            count(*) FILTER (WHERE rec = 'E45') AS ceased_e45, count(*) FILTER (WHERE rec = 'E46') AS ceased_e46,
            count(*) FILTER (WHERE rec = 'E47') AS ceased_e47,
            count(*) FILTER (WHERE place IN {FOSTER} AND {duckdb_age_at('h.dob', 'x.dec')} >= 18) AS ceased_18_foster,
            count(*) FILTER (WHERE place IN {FOSTER} AND {duckdb_age_at('h.dob', 'x.dec')} >= 18 AND rec = 'E17') AS staying_put
        FROM (SELECT la, child, rec, place, dec FROM {care} WHERE dec BETWEEN {s} AND {e} AND rec IS NOT NULL AND rec <> 'X1'
              QUALIFY row_number() OVER (PARTITION BY child ORDER BY dec DESC, decom DESC) = 1) x
        LEFT JOIN header h ON h.child = x.child
        GROUP BY x.la"""
    # Looked after during the period; those with a MISSING = 'M' episode starting in it.
    # Incidents: the missing (M) and away (A) rows starting in the period of those children.
    q["missing"] = f"""SELECT d.la, count(*) AS during, count(*) FILTER (WHERE m.mi > 0) AS went_missing,
            count(*) FILTER (WHERE m.ai > 0) AS went_away, coalesce(sum(m.mi), 0) AS missing_incidents,
            coalesce(sum(m.ai), 0) AS away_incidents FROM
            (SELECT DISTINCT la, child FROM {care} WHERE decom <= {e} AND (dec IS NULL OR dec >= {s})) d
            LEFT JOIN (SELECT child, count(*) FILTER (WHERE missing = 'M') AS mi, count(*) FILTER (WHERE missing = 'A') AS ai
                       FROM missing WHERE mis_start BETWEEN {s} AND {e} GROUP BY child) m
            ON d.child = m.child GROUP BY d.la"""
    # OC2 and OC3: every row of the return of the collection year containing the end; age from the
    # row's date of birth, else the child's.
    returned = collection_year_of(end)
    q["sdq"] = f"""SELECT la, count(*) AS sdq_eligible, count(score) AS sdq_valid, sum(score) AS sdq_sum,
            count(*) FILTER (WHERE score >= 17) AS sdq_concern
        FROM (SELECT o.la, CASE WHEN regexp_full_match(trim(o.sdq), '[0-9]+') AND CAST(trim(o.sdq) AS INTEGER) <= 40
                                THEN CAST(trim(o.sdq) AS INTEGER) END AS score, coalesce(o.dob, h.dob) AS born
              FROM oc2 o LEFT JOIN header h ON o.child = h.child WHERE o.year = {returned})
        WHERE {duckdb_age('born', end)} BETWEEN 5 AND 16 GROUP BY la"""
    # OC2 health and offending: every row with a known date of birth; convictions at 10-17, development at 0-4.
    q["oc2"] = f"""SELECT la, count(*) AS oc2_total, count(*) FILTER (WHERE health) AS oc2_health,
            count(*) FILTER (WHERE immunised) AS oc2_immunised, count(*) FILTER (WHERE teeth) AS oc2_teeth,
            count(*) FILTER (WHERE substance) AS oc2_substance,
            count(*) FILTER (WHERE age BETWEEN 10 AND 17) AS oc2_10_to_17,
            count(*) FILTER (WHERE age BETWEEN 10 AND 17 AND convicted) AS oc2_convicted,
            count(*) FILTER (WHERE age BETWEEN 0 AND 4) AS oc2_under_5,
            count(*) FILTER (WHERE age BETWEEN 0 AND 4 AND development) AS oc2_development
        FROM (SELECT o.*, {duckdb_age('coalesce(o.dob, h.dob)', end)} AS age
              FROM oc2 o LEFT JOIN header h ON o.child = h.child WHERE o.year = {returned})
        WHERE age IS NOT NULL GROUP BY la"""
    # Care leavers: the birthday k reached in the period (age the day before the start < k <= age at
    # the end), band 17-18 before 19-21.
    before = start - timedelta(days=1)
    reaches = lambda lo, hi: f"greatest(before + 1, {lo}) <= least(at_end, {hi})"
    leavers = []
    for band, lo, hi in (("l17", 17, 18), ("l19", 19, 21)):
        which = reaches(lo, hi) if lo == 17 else f"{reaches(lo, hi)} AND NOT {reaches(17, 18)}"
        leavers.append(f"""count(*) FILTER (WHERE {which}) AS {band}_total,
            count(*) FILTER (WHERE {which} AND activity IN {EET}) AS {band}_eet,
            count(*) FILTER (WHERE {which} AND accommodation LIKE '%1') AS {band}_suitable,
            count(*) FILTER (WHERE {which} AND in_touch = 'YES') AS {band}_in_touch""")
    # Aged 17-21 together: either band.
    which = reaches(17, 21)
    leavers.append(f"""count(*) FILTER (WHERE {which}) AS l_total,
            count(*) FILTER (WHERE {which} AND activity IN {EET}) AS l_eet,
            count(*) FILTER (WHERE {which} AND accommodation LIKE '%1') AS l_suitable,
            count(*) FILTER (WHERE {which} AND in_touch = 'YES') AS l_in_touch""")
    which = f"{reaches(19, 21)} AND NOT {reaches(17, 18)}"
    leavers.append(f"""count(*) FILTER (WHERE {which} AND activity IN {HIGHER_EDUCATION}) AS l19_he,
            count(*) FILTER (WHERE {which} AND activity IN {NEET}) AS l19_neet,
            count(*) FILTER (WHERE {which} AND in_touch = 'NO') AS l19_not_in_touch""")
    q["leavers"] = f"""SELECT la, {', '.join(leavers)}
        FROM (SELECT o.la, o.activity, o.accommodation, o.in_touch, {duckdb_age('coalesce(o.dob, h.dob)', end)} AS at_end,
                     {duckdb_age('coalesce(o.dob, h.dob)', before)} AS before
              FROM oc3 o LEFT JOIN header h ON o.child = h.child
              WHERE o.year = {returned} AND (o.in_touch IS NULL OR o.in_touch NOT IN {LEAVER_EXCLUDED}))
        GROUP BY la"""
    # CIN census. Re-referral: a referral in the period with a strictly earlier referral of the same
    # child (in any return) on or after the date 12 months before it, so on or after start - 12 months.
    # An episode of need starts at a referral in the period that is not NFA and was not closed by the
    # period end as assessed not in need.
    q["referrals"] = f"""SELECT la, count(*) AS referrals, count(*) FILTER (WHERE nfa = 1) AS referrals_nfa,
            count(*) FILTER (WHERE nfa = 0 AND NOT (closure IS NOT NULL AND closure <= {e}
                                                    AND coalesce(reason, '') IN {NOT_IN_NEED})) AS cin_started
        FROM referrals WHERE referral BETWEEN {s} AND {e} GROUP BY la"""
    q["rereferrals"] = f"""SELECT la, count(*) AS rereferrals FROM referrals r
        SEMI JOIN (SELECT child, referral AS previous FROM referrals
                   WHERE referral BETWEEN {d(add_months(start, -12))} AND {e}) p
            ON p.child = r.child AND p.previous < r.referral
               AND p.previous >= CAST(r.referral - INTERVAL 12 MONTH AS DATE)
        WHERE r.referral BETWEEN {s} AND {e} GROUP BY la"""
    q["cin"] = f"""SELECT la, count(*) AS cin_open FROM referrals
        WHERE referral <= {e} AND (closure IS NULL OR closure > {e}) AND nfa = 0 GROUP BY la"""
    q["assessments"] = f"""SELECT a.la, count(*) AS assessments,
            count(*) FILTER (WHERE a.authorised >= a.start AND ce.cum - cs.cum <= {ASSESSMENT_DAYS}) AS assessments_within
        FROM assessments a LEFT JOIN calendar cs ON cs.day = a.start LEFT JOIN calendar ce ON ce.day = a.authorised
        WHERE a.authorised BETWEEN {s} AND {e} GROUP BY a.la"""
    q["s47"] = f"""SELECT la, count(*) AS s47, count(*) FILTER (WHERE icpc <= {e}) AS s47_icpc FROM s47
        WHERE start BETWEEN {s} AND {e} GROUP BY la"""
    # Conferences: distinct (child, CIN episode, date) from the enquiries and the episode level; the
    # linked enquiries are those of the same episode with that date, the earliest known start timing it.
    q["icpc"] = f"""SELECT c.la, count(*) AS icpc, count(l.icpc) AS icpc_linked,
            count(*) FILTER (WHERE c.icpc >= l.first AND ce.cum - cs.cum <= {CONFERENCE_DAYS}) AS icpc_within
        FROM (SELECT la, child, referral, icpc FROM s47 WHERE icpc BETWEEN {s} AND {e}
              UNION SELECT la, child, referral, icpc FROM referrals WHERE icpc BETWEEN {s} AND {e}) c
        LEFT JOIN (SELECT child, referral, icpc, min(start) AS first FROM s47 WHERE icpc BETWEEN {s} AND {e}
                   GROUP BY child, referral, icpc) l
            ON c.child = l.child AND c.referral = l.referral AND c.icpc = l.icpc
        LEFT JOIN calendar cs ON cs.day = l.first LEFT JOIN calendar ce ON ce.day = c.icpc
        GROUP BY c.la"""
    is_open = f'start <= {e} AND ("end" IS NULL OR "end" > {e})'
    q["plans"] = f"""SELECT la, count(DISTINCT child) FILTER (WHERE {is_open}) AS cpp_children,
            count(*) FILTER (WHERE start BETWEEN {s} AND {e}) AS plans_started,
            count(*) FILTER (WHERE start BETWEEN {s} AND {e} AND (previous >= 1 OR first < start)) AS plans_repeat,
            count(*) FILTER (WHERE "end" BETWEEN {s} AND {e}) AS plans_ended,
            count(*) FILTER (WHERE "end" BETWEEN {s} AND {e} AND "end" - start + 1 >= {PLAN_LONG_DAYS}) AS plans_ended_long,
            count(*) FILTER (WHERE {is_open}) AS plans_open,
            count(*) FILTER (WHERE {is_open} AND start <= {d(add_months(end, -24))}) AS plans_open_long
        FROM (SELECT *, min(start) OVER (PARTITION BY child) AS first FROM plans) GROUP BY la"""
    duckdb_breadth(q, start, end)
    result = []
    for sql in q.values():
        cur = con.execute(sql)
        rows = cur.fetchall()
        result.append(([c[0] for c in cur.description], rows))
    return result


def months_band(day, anchor, lo, hi, shift):
    """The condition that `day` is `lo` (inclusive) to `hi` (exclusive) months before `anchor`;
    `shift(anchor, months)` is `anchor` moved by that many months (clamped to the month's end)."""
    parts = []
    if lo:
        parts.append(f"{day} <= {shift(anchor, -lo)}")
    if hi:
        parts.append(f"{day} > {shift(anchor, -hi)}")
    return " AND ".join(parts)


def duckdb_breadth(q, start, end):
    """The counters of issue 20 (IndicatorFamily+CINBreadth in the library): referral sources,
    referrals assessed not in need, durations of open and ended CIN episodes, conference bands,
    plans reviewed within timescales and pre-proceedings."""
    s, e = f"DATE '{start}'", f"DATE '{end}'"
    const = lambda anchor, months: f"DATE '{add_months(end, months)}'"
    per_row = lambda anchor, months: f"CAST({anchor} + INTERVAL ({months}) MONTH AS DATE)"
    q["referral_breadth"] = f"""SELECT la, count(*) FILTER (WHERE source IN {SCHOOL}) AS referrals_school,
            count(*) FILTER (WHERE source IN {HEALTH}) AS referrals_health,
            count(*) FILTER (WHERE source IN {POLICE}) AS referrals_police,
            count(*) FILTER (WHERE nfa = 0 AND closure <= {e} AND reason IN {NOT_IN_NEED}) AS referrals_not_in_need
        FROM referrals WHERE referral BETWEEN {s} AND {e} GROUP BY la"""
    bands = ", ".join(f"count(*) FILTER (WHERE {months_band('referral', e, lo, hi, const)}) AS cin_open_{b}"
                      for b, (lo, hi) in DURATION_BANDS.items())
    q["cin_open_bands"] = f"""SELECT la, {bands} FROM referrals
        WHERE referral <= {e} AND (closure IS NULL OR closure > {e}) AND nfa = 0 GROUP BY la"""
    bands = ", ".join(f"count(*) FILTER (WHERE {months_band('referral', 'closure', lo, hi, per_row)}) AS cin_ended_{b}"
                      for b, (lo, hi) in DURATION_BANDS.items())
    q["cin_ended"] = f"""SELECT la, count(*) AS cin_ended, {bands} FROM referrals
        WHERE closure BETWEEN {s} AND {e} AND nfa = 0 GROUP BY la"""
    bands = ", ".join(f"count(*) FILTER (WHERE c.icpc >= l.first AND ce.cum - cs.cum >= {lo or 0}"
                      + (f" AND ce.cum - cs.cum <= {hi}" if hi else "") + f") AS icpc_{b}"
                      for b, (lo, hi) in CONFERENCE_BANDS.items())
    q["icpc_bands"] = f"""SELECT c.la, {bands}
        FROM (SELECT la, child, referral, icpc FROM s47 WHERE icpc BETWEEN {s} AND {e}
              UNION SELECT la, child, referral, icpc FROM referrals WHERE icpc BETWEEN {s} AND {e}) c
        JOIN (SELECT child, referral, icpc, min(start) AS first FROM s47 WHERE icpc BETWEEN {s} AND {e}
              GROUP BY child, referral, icpc) l ON c.child = l.child AND c.referral = l.referral AND c.icpc = l.icpc
        LEFT JOIN calendar cs ON cs.day = l.first LEFT JOIN calendar ce ON ce.day = c.icpc
        GROUP BY c.la"""
    # Reviews: each child's open plan with the latest start; its reviews after the start, in date
    # order, each due 3 months after the start (the first) or 6 months after the one before; the
    # first due date a review missed, else the next one due, is the plan's review due date.
    q["reviews"] = f"""WITH p AS (SELECT * FROM plans WHERE start <= {e} AND ("end" IS NULL OR "end" > {e})
                         QUALIFY row_number() OVER (PARTITION BY child ORDER BY start DESC) = 1),
            r AS (SELECT DISTINCT la, child, referral, start, CAST(unnest(string_split(reviews, ';')) AS DATE) AS review
                  FROM p WHERE coalesce(reviews, '') <> ''),
            k AS (SELECT *, row_number() OVER w AS k, coalesce(lag(review) OVER w, start) AS prev FROM r WHERE review > start
                  WINDOW w AS (PARTITION BY child, referral, start ORDER BY review)),
            d AS (SELECT *, CASE WHEN k = 1 THEN CAST(prev + INTERVAL 3 MONTH AS DATE)
                                 ELSE CAST(prev + INTERVAL 6 MONTH AS DATE) END AS due FROM k),
            dues AS (SELECT child, referral, start, coalesce(min(due) FILTER (WHERE review > due),
                                                          CAST(max(review) + INTERVAL 6 MONTH AS DATE)) AS review_due
                     FROM d GROUP BY child, referral, start)
        SELECT la, count(*) AS cpp_3_months,
            count(*) FILTER (WHERE {e} <= coalesce(review_due, CAST(start + INTERVAL 3 MONTH AS DATE))) AS cpp_reviewed
        FROM p LEFT JOIN dues USING (child, referral, start) WHERE start <= {d_(add_months(end, -3))} GROUP BY la"""
    q["s47_children"] = f"""SELECT la, count(DISTINCT child) AS s47_children FROM s47 WHERE start BETWEEN {s} AND {e}
        GROUP BY la"""
    q["icpc_children"] = f"""SELECT la, count(DISTINCT child) AS icpc_children FROM (
            SELECT la, child FROM s47 WHERE icpc BETWEEN {s} AND {e}
            UNION ALL SELECT la, child FROM referrals WHERE icpc BETWEEN {s} AND {e}) GROUP BY la"""
    # Factors: each (child, CIN episode) with an assessment authorised in the period, once per code.
    episode = "count(DISTINCT (child, referral))"
    factors = ", ".join(f"{episode} FILTER (WHERE code IN {codes}) AS factor_{k}" for k, codes in FACTOR_GROUPS.items())
    q["factors"] = f"""WITH f AS (SELECT DISTINCT la, child, referral, unnest(string_split(factors, ';')) AS code
                  FROM assessments WHERE authorised BETWEEN {s} AND {e} AND coalesce(factors, '') <> '')
        SELECT la, {episode} FILTER (WHERE code IN {FACTOR_CODES}) AS factor_episodes, {factors} FROM f GROUP BY la"""
    pp_end = "coalesce(least(pp_decision, pp_court), pp_decision, pp_court)"
    q["preproceedings"] = f"""SELECT la, count(*) FILTER (WHERE pp_start BETWEEN {s} AND {e}) AS pp_started,
            count(DISTINCT child) FILTER (WHERE pp_start <= {e} AND ({pp_end} IS NULL OR {pp_end} > {e})) AS pp_children
        FROM referrals WHERE pp_start IS NOT NULL GROUP BY la"""


def d_(day):
    return f"DATE '{day}'"


# ---------------------------------------------------------------------------------------------
# polars

def polars_postcode(pl, expr):
    """A postcode compared upper-cased, trimmed, runs of blanks as one space; blank is null."""
    e = expr.str.to_uppercase().str.replace_all(r"[\s\xa0]+", " ").str.strip_chars()
    return pl.when(e == "").then(None).otherwise(e)


def polars_read(pl, root):
    """Reads the five SSDA903 CSVs of every return, the latest return winning per key and, within
    one return, the last row in the file (INDICATORS.md §1); OC2 and OC3 rows all stay."""
    frames = {}
    la = pl.col("path").str.extract(r"([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$", 1)
    yr = pl.col("path").str.extract(r"([^/]+)/([0-9]{4})/[a-z0-9]+/[^/]+$", 2).cast(pl.Int32)
    dates = {"episodes": ["DECOM", "DEC"], "missing": ["MIS_START", "MIS_END"], "header": ["DOB"], "oc2": ["DOB"], "oc3": ["DOB"]}
    for table, columns in dates.items():
        lf = pl.scan_csv(f"{root}/*/*/ssda903/{table}.csv", infer_schema=False, include_file_paths="path")
        lf = lf.with_columns([la.alias("la"), yr.alias("year")]
                             + [pl.col(c).str.to_date("%d/%m/%Y", strict=False) for c in columns]).drop("path")
        frames[table] = lf.collect().with_row_index("row")  # file order: the last row of a repeated key wins
    latest = lambda df, key: df.sort(["year", "row"], descending=True).unique(key, keep="first", maintain_order=False)
    frames["episodes"] = latest(frames["episodes"], ["la", "CHILD", "DECOM"]).select(
        la="la", child="CHILD", decom="DECOM", dec="DEC", rne="RNE", ls="LS", place="PLACE", rec="REC",
        home_post="HOME_POST", pl_post="PL_POST")
    frames["missing"] = latest(frames["missing"], ["la", "CHILD", "MIS_START"]).select(
        la="la", child="CHILD", mis_start="MIS_START", missing="MISSING")
    frames["header"] = latest(frames["header"], ["la", "CHILD"]).select(la="la", child="CHILD", dob="DOB")
    flag = lambda name: pl.col(name).str.strip_chars() == "1"
    frames["oc2"] = frames["oc2"].select(la="la", year="year", child="CHILD", dob="DOB", sdq="SDQ_SCORE",
                                         convicted=flag("CONVICTED"), health=flag("HEALTH_CHECK"),
                                         immunised=flag("IMMUNISATIONS"), teeth=flag("TEETH_CHECK"),
                                         development=flag("HEALTH_ASSESSMENT"), substance=flag("SUBSTANCE_MISUSE"))
    frames["oc3"] = frames["oc3"].select(la="la", year="year", child="CHILD", dob="DOB", in_touch="IN_TOUCH",
                                         activity="ACTIV", accommodation="ACCOM")
    # Unaccompanied asylum-seeking children: the last row of a child within each return.
    if glob.glob(f"{root}/*/*/ssda903/uasc.csv"):
        u = (pl.scan_csv(f"{root}/*/*/ssda903/uasc.csv", infer_schema=False, include_file_paths="path")
             .with_columns(la.alias("la"), yr.alias("year"), pl.col("DUC").str.to_date("%d/%m/%Y", strict=False))
             .collect().with_row_index("row"))
        frames["uasc"] = (u.sort("row", descending=True).unique(["la", "year", "CHILD"], keep="first")
                          .select(la="la", year="year", child="CHILD", duc="DUC"))
    else:
        frames["uasc"] = pl.DataFrame(schema={"la": pl.String, "year": pl.Int32, "child": pl.String, "duc": pl.Date})
    # Adoptions (ad1) and previous permanence: the last row of a child within each return.
    for table, column, name, kind in (("ad1", "DATE_MATCH", "matched", pl.Date),
                                      ("previous_permanence", "PREV_PERM", "prev_perm", pl.String)):
        extra = {"decided": pl.col("DATE_INT").str.to_date("%d/%m/%Y", strict=False)} if table == "ad1" else {}
        if glob.glob(f"{root}/*/*/ssda903/{table}.csv"):
            t = (pl.scan_csv(f"{root}/*/*/ssda903/{table}.csv", infer_schema=False, include_file_paths="path")
                 .with_columns(la.alias("la"), yr.alias("year")).collect().with_row_index("row"))
            value = pl.col(column).str.to_date("%d/%m/%Y", strict=False) if kind == pl.Date else pl.col(column)
            frames[table] = (t.sort("row", descending=True).unique(["la", "year", "CHILD"], keep="first")
                             .select("la", "year", child="CHILD", **{name: value}, **extra))
        else:
            frames[table] = pl.DataFrame(schema={"la": pl.String, "year": pl.Int32, "child": pl.String, name: kind,
                                                 **({"decided": pl.Date} if table == "ad1" else {})})
    return frames


def polars_read_cin(pl, flat, frames):
    keys = {"referrals": ["la", "child", "referral"], "assessments": ["la", "child", "referral", "start"],
            "s47": ["la", "child", "referral", "start"], "plans": ["la", "child", "referral", "start"]}
    for table, key in keys.items():
        df = pl.read_csv(f"{flat}/{table}.csv", infer_schema=False).with_row_index("row")
        df = df.with_columns([pl.col(c).str.to_date("%Y-%m-%d", strict=False)
                              for c in df.columns
                              if c not in ("la", "year", "child", "nfa", "previous", "reason", "row", "source", "reviews",
                                           "factors")])
        df = df.with_columns(pl.col("year").cast(pl.Int32))
        for c in ("nfa", "previous"):
            if c in df.columns:
                df = df.with_columns(pl.col(c).cast(pl.Int32, strict=False))
        frames[table] = (df.sort(["year", "row"], descending=True)
                         .unique(key, keep="first", maintain_order=False).drop("year", "row"))


def polars_reference(pl, root, frames):
    """Reference inputs, as the library is given them: postcode positions and the working-day table."""
    pc = pl.read_csv(f"{root}/postcodes.csv", infer_schema=False)
    pc = (pc.with_columns(polars_postcode(pl, pl.col("postcode")).alias("postcode"),
                          pl.col("easting").cast(pl.Int64).alias("x"), pl.col("northing").cast(pl.Int64).alias("y"))
          .filter(pl.col("postcode").is_not_null() & pl.col("x").is_between(0, GRID_EAST) & pl.col("y").is_between(0, GRID_NORTH))
          .unique("postcode", keep="first", maintain_order=True)
          .select("postcode", "x", "y"))
    frames["postcodes"] = pc
    days, cums = working_day_table()
    frames["calendar"] = pl.DataFrame({"day": days, "cum": cums}, schema={"day": pl.Date, "cum": pl.Int32})


def polars_keys(pl, frames):
    """The integer child id of `duckdb_keys`, one per (authority, LAchildID) over every table."""
    tables = ("episodes", "missing", "header", "oc2", "oc3", "uasc", "ad1", "previous_permanence", "referrals",
              "assessments", "s47", "plans")
    ids = (pl.concat([frames[t].select("la", "child") for t in tables]).drop_nulls().unique()
           .with_row_index("id").with_columns(pl.col("id").cast(pl.Int32)))
    for t in tables:
        frames[t] = (frames[t].join(ids, on=["la", "child"], how="left", maintain_order="left")
                     .drop("child").rename({"id": "child"}))


def polars_age(pl, dob, on):
    """Completed years of the date expression `dob` on the constant date `on`."""
    later = (dob.dt.month() > on.month) | ((dob.dt.month() == on.month) & (dob.dt.day() > on.day))
    return on.year - dob.dt.year().cast(pl.Int32) - later.cast(pl.Int32)


def polars_age_at(pl, dob, on):
    """Completed years of the date expression `dob` on the date expression `on`."""
    later = (dob.dt.month() > on.dt.month()) | ((dob.dt.month() == on.dt.month()) & (dob.dt.day() > on.dt.day()))
    return on.dt.year().cast(pl.Int32) - dob.dt.year().cast(pl.Int32) - later.cast(pl.Int32)


def polars_compute(pl, frames, year):
    """Every counter of `INDICATORS` per authority: [(columns, rows)] with `la` first."""
    start, end = period(year)
    c, lit = pl.col, pl.lit
    n = lambda cond: cond.fill_null(False).sum()   # how many rows satisfy a condition (null: no)
    care = frames["episodes"].lazy().filter(c("ls").is_null() | ~c("ls").is_in(SHORT_BREAKS))
    child = ["la", "child"]   # the child id alone identifies a child (polars_keys); joins use it alone
    # Looked after at the end: the episode open at the end with the latest DECOM gives the placement.
    current = (care.filter((c("decom") <= end) & (c("dec").is_null() | (c("dec") > end)))
               .group_by("child").agg(pl.all().sort_by("decom").last()))
    # Their history up to the end in start order, and per child what duckdb_compute describes: the
    # start of the current period of care and interim care order run, placements, a change of carer.
    same = c("child") == c("child").shift(1)
    history = (care.filter(c("decom") <= end)
               .join(current.select("child", current_decom=c("decom")), on="child", how="inner")
               .sort("child", "decom")
               .with_columns(first=~same.fill_null(False),
                             prev_dec=pl.when(same).then(c("dec").shift(1)), prev_ls=pl.when(same).then(c("ls").shift(1))))
    up_to_current = c("decom") <= c("current_decom")
    moves = history.group_by("child").agg(
        care_start=c("decom").filter((c("first") | (c("rne") == "S") | (c("decom") > c("prev_dec")).fill_null(False))
                                     & up_to_current).max(),
        ico_start=c("decom").filter(~((c("ls") == "C1") & (c("prev_ls") == "C1") & (c("decom") == c("prev_dec")))
                                    .fill_null(False) & up_to_current).max(),
        placements=((c("decom") < start) & (c("dec").is_null() | (c("dec") >= start))).any().cast(pl.Int32)
        + n((c("decom") >= start) & c("rne").is_in(NEW_PLACEMENT) & (c("place").is_null() | ~c("place").is_in(TEMPORARY))),
        moved=(c("rne").is_in(CARER_CHANGE) & (c("decom") > add_months(end, -24))).fill_null(False).any())
    # Postcodes are normalised once per distinct text among the children looked after at the end.
    positions = (pl.concat([current.select(raw=c("home_post")), current.select(raw=c("pl_post"))]).unique()
                 .with_columns(postcode=polars_postcode(pl, c("raw")))
                 .join(frames["postcodes"].lazy(), on="postcode", how="inner").select("raw", "x", "y"))
    returned_uasc = (frames["uasc"].lazy().filter(c("year") == collection_year_of(end)).select("child", "duc")
                     .with_columns(u=lit(1)))
    at = (current.join(moves, on="child", how="left").join(frames["header"].lazy().drop("la"), on="child", how="left")
          .join(returned_uasc, on="child", how="left")
          .join(positions.rename({"x": "hx", "y": "hy"}), left_on="home_post", right_on="raw", how="left")
          .join(positions.rename({"x": "px", "y": "py"}), left_on="pl_post", right_on="raw", how="left")
          .with_columns(
              eligible=(polars_age(pl, c("dob"), end) < 16) & (c("care_start") <= add_months(end, -30)),
              squared=(c("hx") - c("px")) ** 2 + (c("hy") - c("py")) ** 2))
    at_end = at.group_by("la").agg(
        cla=pl.len(), foster=n(c("place").is_in(FOSTER)), family=n(c("place").is_in(FAMILY)),
        residential=n(c("place").is_in(RESIDENTIAL)), far=n(c("squared") * 10000 > FAR_CM * FAR_CM),
        three_placements=n(c("placements") >= 3), long_term_eligible=n(c("eligible")),
        long_term_stable=n(c("eligible") & ~c("moved")), ico=n(c("ls") == "C1"),
        ico_long=n((c("ls") == "C1") & (c("ico_start") < end - timedelta(days=ICO_DAYS))),
        secure_homes=n(c("place").is_in(SECURE_HOMES)), supported=n(c("place").is_in(SUPPORTED)),
        other_residential=n(c("place").is_in(OTHER_RESIDENTIAL)), other_placement=n(c("place").is_in(OTHER_PLACEMENT)),
        with_parents=n(c("place").is_in(WITH_PARENTS)), placed_adoption=n(c("place").is_in(PLACED_ADOPTION)),
        care_order=n(c("ls").is_in(CARE_ORDER)), placement_order=n(c("ls").is_in(PLACEMENT_ORDER)),
        section_20=n(c("ls").is_in(SECTION_20)),
        uasc=n((c("u") == 1) & (c("duc").is_null() | (c("duc") > end))))
    year_of = lambda day: day.dt.year().cast(pl.Int32) + (day.dt.month() >= 4).cast(pl.Int32)   # collection year
    started = (care.filter((c("rne") == "S") & c("decom").is_between(start, end))
               .group_by("child").agg(c("la").first(), first=c("decom").min())
               .join(returned_uasc, on="child", how="left")
               .with_columns(pp_year=year_of(c("first")))
               .join(frames["previous_permanence"].lazy().select("child", pp_year="year", prev_perm="prev_perm"),
                     on=["child", "pp_year"], how="left")
               .group_by("la").agg(started=pl.len(),
                                   started_uasc=n((c("u") == 1) & (c("duc").is_null() | (c("duc") > c("first")))),
                                   started_previous_permanence=n(c("prev_perm").is_in(PREVIOUS_PERMANENCE))))
    # Adoption timeliness (see duckdb_compute for the rules).
    adopted = (care.filter(c("dec").is_between(start, end) & c("rec").is_not_null() & (c("rec") != "X1"))
               .group_by("child").agg(c("la").first(), *[c(k).sort_by(["dec", "decom"]).last() for k in ("rec", "dec", "decom")])
               .filter(c("rec").is_in(ADOPTED)).select("la", "child", adopted="dec", c_decom="decom"))
    h = (care.join(adopted.select("child", "c_decom"), on="child", how="inner").filter(c("decom") <= c("c_decom"))
         .sort("child", "decom")
         .with_columns(prev_dec=pl.when(same).then(c("dec").shift(1)), prev_place=pl.when(same).then(c("place").shift(1)),
                       first=~same.fill_null(False))
         .with_columns(new_period=(c("first") | (c("rne") == "S") | (c("decom") > c("prev_dec"))).fill_null(False))
         .with_columns(carer_start=pl.when(c("new_period") | ~c("rne").is_in(SAME_CARER).fill_null(False))
                       .then(c("decom")).forward_fill().over("child"),
                       run_start=(c("place").is_in(PLACED_ADOPTION)
                                  & (c("new_period") | ~c("prev_place").is_in(PLACED_ADOPTION).fill_null(False)
                                     | (c("decom") > c("prev_dec")).fill_null(False))).fill_null(False)))
    per_child = h.group_by("child").agg(
        care_start=c("decom").filter(c("new_period")).max(),
        placed_start=c("decom").filter(c("run_start")).max(),
        carer_at_placed=c("carer_start").filter(c("run_start")).sort_by(c("decom").filter(c("run_start"))).last(),
        placed_place=c("place").filter(c("run_start")).sort_by(c("decom").filter(c("run_start"))).last(),
        last_placed=((c("decom") == c("c_decom")) & c("place").is_in(PLACED_ADOPTION)).fill_null(False).any())
    orders = (h.join(per_child.select("child", "care_start"), on="child", how="inner")
              .filter(c("ls").is_in(PLACEMENT_ORDER) & (c("decom") >= c("care_start")))
              .group_by("child").agg(order_start=c("decom").min()))
    days = lambda a, b: (c(b) - c(a)).dt.total_days()
    adoption = (adopted.join(per_child, on="child", how="inner").join(orders, on="child", how="left")
                .with_columns(ad1_year=year_of(c("adopted")))
                .join(frames["ad1"].lazy().select("child", "decided", ad1_year="year", matched="matched"), on=["child", "ad1_year"],
                      how="left")
                .with_columns(placed=pl.when(c("last_placed")).then(c("placed_start")))
                .with_columns(moved_in=pl.when(c("placed_place").is_in(WITH_FOSTER_CARERS)).then(c("carer_at_placed"))
                              .otherwise(c("placed_start")),
                              a2=c("placed").is_not_null() & c("order_start").is_not_null() & c("matched").is_not_null())
                .group_by("la").agg(
                    care_to_adopted_days=days("care_start", "adopted").sum(),
                    adopted_placed=c("placed").count(),
                    care_to_placed_days=days("care_start", "placed").sum(),
                    care_to_carers_days=days("care_start", "moved_in").filter(c("placed").is_not_null()).sum(),
                    adopted_matched=n(c("a2")),
                    order_to_match_days=days("order_start", "matched").clip(lower_bound=0).filter(c("a2")).sum(),
                    adopted_decided_matched=n(c("decided").is_not_null() & c("matched").is_not_null()),
                    decision_to_match_days=days("decided", "matched").clip(lower_bound=0)
                    .filter(c("decided").is_not_null() & c("matched").is_not_null()).sum()))
    last = (care.filter(c("dec").is_between(start, end) & c("rec").is_not_null() & (c("rec") != "X1"))
            .group_by("child").agg(c("la").first(), *[c(k).sort_by(["dec", "decom"]).last() for k in ("rec", "place", "dec")])
            .join(frames["header"].lazy().drop("la"), on="child", how="left")
            .with_columns(at18=(c("place").is_in(FOSTER) & (polars_age_at(pl, c("dob"), c("dec")) >= 18)).fill_null(False)))
    ceased = last.group_by("la").agg(ceased=pl.len(), ceased_home=n(c("rec").is_in(RETURNED_HOME)),
                                     ceased_home_unplanned=n(c("rec").is_in(RETURNED_HOME_UNPLANNED)),
                                     ceased_adopted=n(c("rec").is_in(ADOPTED)), ceased_sgo=n(c("rec").is_in(SGO)),
                                     ceased_cao=n(c("rec").is_in(CAO)),
                                     ceased_e11=n(c("rec") == "E11"), ceased_e12=n(c("rec") == "E12"),
                                     ceased_e45=n(c("rec") == "E45"), ceased_e46=n(c("rec") == "E46"),
                                     ceased_e47=n(c("rec") == "E47"), ceased_18_foster=n(c("at18")),
                                     staying_put=n(c("at18") & (c("rec") == "E17")))
    during = care.filter((c("decom") <= end) & (c("dec").is_null() | (c("dec") >= start))).select(child).unique()
    went = (frames["missing"].lazy().filter(c("mis_start").is_between(start, end))
            .group_by("child").agg(mi=n(c("missing") == "M"), ai=n(c("missing") == "A")))
    missing = (during.join(went, on="child", how="left")
               .group_by("la").agg(during=pl.len(), went_missing=n(c("mi") > 0), went_away=n(c("ai") > 0),
                                   missing_incidents=c("mi").fill_null(0).sum(), away_incidents=c("ai").fill_null(0).sum()))
    # OC2 and OC3 of the collection year containing the end; age from the row's birth date, else the child's.
    returned = collection_year_of(end)
    header = frames["header"].lazy().drop("la").rename({"dob": "child_dob"})
    oc2 = (frames["oc2"].lazy().filter(c("year") == returned).join(header, on="child", how="left")
           .with_columns(born=pl.coalesce("dob", "child_dob"), text=c("sdq").str.strip_chars())
           .filter(polars_age(pl, c("born"), end).is_between(5, 16))
           .with_columns(score=pl.when(c("text").str.contains(r"^[0-9]+$"))
                         .then(c("text").cast(pl.Int64, strict=False)))
           .with_columns(score=pl.when(c("score") <= 40).then(c("score"))))
    outcomes = (frames["oc2"].lazy().filter(c("year") == returned).join(header, on="child", how="left")
                .with_columns(age=polars_age(pl, pl.coalesce("dob", "child_dob"), end)).filter(c("age").is_not_null())
                .group_by("la").agg(oc2_total=pl.len(), oc2_health=n(c("health")), oc2_immunised=n(c("immunised")),
                                    oc2_teeth=n(c("teeth")), oc2_substance=n(c("substance")),
                                    oc2_10_to_17=n(c("age").is_between(10, 17)),
                                    oc2_convicted=n(c("age").is_between(10, 17) & c("convicted")),
                                    oc2_under_5=n(c("age").is_between(0, 4)),
                                    oc2_development=n(c("age").is_between(0, 4) & c("development"))))
    sdq = oc2.group_by("la").agg(sdq_eligible=pl.len(), sdq_valid=c("score").count(), sdq_sum=c("score").sum(),
                                 sdq_concern=n(c("score") >= 17))
    before = start - timedelta(days=1)
    oc3 = (frames["oc3"].lazy().filter((c("year") == returned)
                                      & (c("in_touch").is_null() | ~c("in_touch").is_in(LEAVER_EXCLUDED)))
           .join(header, on="child", how="left").with_columns(born=pl.coalesce("dob", "child_dob"))
           .with_columns(at_end=polars_age(pl, c("born"), end), before=polars_age(pl, c("born"), before)))
    reaches = lambda lo, hi: pl.max_horizontal(c("before") + 1, lit(lo)) <= pl.min_horizontal(c("at_end"), lit(hi))
    bands = {"l17": reaches(17, 18), "l19": reaches(19, 21) & ~reaches(17, 18).fill_null(False)}
    aggs = {}
    for band, which in bands.items():
        aggs[f"{band}_total"] = n(which)
        aggs[f"{band}_eet"] = n(which & c("activity").is_in(EET))
        aggs[f"{band}_suitable"] = n(which & c("accommodation").str.ends_with("1"))
        aggs[f"{band}_in_touch"] = n(which & (c("in_touch") == "YES"))
    which = reaches(17, 21)   # aged 17-21 together: either band
    aggs["l_total"] = n(which)
    aggs["l_eet"] = n(which & c("activity").is_in(EET))
    aggs["l_suitable"] = n(which & c("accommodation").str.ends_with("1"))
    aggs["l_in_touch"] = n(which & (c("in_touch") == "YES"))
    aggs["l19_he"] = n(bands["l19"] & c("activity").is_in(HIGHER_EDUCATION))
    aggs["l19_neet"] = n(bands["l19"] & c("activity").is_in(NEET))
    aggs["l19_not_in_touch"] = n(bands["l19"] & (c("in_touch") == "NO"))
    leavers = oc3.group_by("la").agg(**aggs)
    # CIN census (see duckdb_compute for the rules).
    ref = frames["referrals"].lazy()
    in_period = ref.filter(c("referral").is_between(start, end))
    assessed_not_in_need = c("closure").is_not_null() & (c("closure") <= end) & c("reason").is_in(NOT_IN_NEED).fill_null(False)
    referrals = in_period.group_by("la").agg(referrals=pl.len(), referrals_nfa=n(c("nfa") == 1),
                                             cin_started=n((c("nfa") == 0) & ~assessed_not_in_need))
    rereferrals = (in_period.select(*child, "referral")
                   .join(ref.filter(c("referral").is_between(add_months(start, -12), end)).select("child", previous="referral"),
                         on="child", how="inner")
                   .filter((c("previous") < c("referral")) & (c("previous") >= c("referral").dt.offset_by("-12mo")))
                   .select(*child, "referral").unique().group_by("la").agg(rereferrals=pl.len()))
    cin = (ref.filter((c("referral") <= end) & (c("closure").is_null() | (c("closure") > end)) & (c("nfa") == 0))
           .group_by("la").agg(cin_open=pl.len()))
    cal = frames["calendar"].lazy()
    assessments = (frames["assessments"].lazy().filter(c("authorised").is_between(start, end))
                   .join(cal.rename({"cum": "cs"}), left_on="start", right_on="day", how="left")
                   .join(cal.rename({"cum": "ce"}), left_on="authorised", right_on="day", how="left")
                   .group_by("la").agg(assessments=pl.len(), assessments_within=n(
                       (c("authorised") >= c("start")) & (c("ce") - c("cs") <= ASSESSMENT_DAYS))))
    s47f = frames["s47"].lazy()
    s47 = (s47f.filter(c("start").is_between(start, end))
           .group_by("la").agg(s47=pl.len(), s47_icpc=n(c("icpc") <= end)))
    episode = ["la", "child", "referral", "icpc"]
    conferences = (pl.concat([s47f.select(episode), ref.select(episode)])
                   .filter(c("icpc").is_between(start, end)).unique())
    linked = (s47f.filter(c("icpc").is_between(start, end)).group_by(episode)
              .agg(first=c("start").min(), linked=lit(1)))
    icpc = (conferences.join(linked, on=episode, how="left")
            .join(cal.rename({"cum": "cs"}), left_on="first", right_on="day", how="left")
            .join(cal.rename({"cum": "ce"}), left_on="icpc", right_on="day", how="left")
            .group_by("la").agg(icpc=pl.len(), icpc_linked=c("linked").count(),
                                icpc_within=n((c("icpc") >= c("first")) & (c("ce") - c("cs") <= CONFERENCE_DAYS))))
    is_open = (c("start") <= end) & (c("end").is_null() | (c("end") > end))
    started_in = c("start").is_between(start, end)
    ended_in = c("end").is_between(start, end)
    plans = (frames["plans"].lazy().with_columns(first=c("start").min().over("child"))
             .group_by("la").agg(
                 cpp_children=c("child").filter(is_open.fill_null(False)).n_unique(),
                 plans_started=n(started_in), plans_repeat=n(started_in & ((c("previous") >= 1) | (c("first") < c("start")))),
                 plans_ended=n(ended_in),
                 plans_ended_long=n(ended_in & ((c("end") - c("start")).dt.total_days() + 1 >= PLAN_LONG_DAYS)),
                 plans_open=n(is_open), plans_open_long=n(is_open & (c("start") <= add_months(end, -24)))))
    queries = [at_end, started, adoption, ceased, missing, sdq, outcomes, leavers, referrals, rereferrals, cin, assessments, s47, icpc, plans]
    queries += polars_breadth(pl, frames, start, end)
    return [(df.columns, df.rows()) for df in pl.collect_all(queries)]


def polars_breadth(pl, frames, start, end):
    """The counters of `duckdb_breadth`, with data frames."""
    c, lit = pl.col, pl.lit
    n = lambda cond: cond.fill_null(False).sum()

    def band(day, anchor, lo, hi):
        cond = lit(True)
        shift = (lambda m: add_months(end, -m)) if anchor is None else (lambda m: c(anchor).dt.offset_by(f"-{m}mo"))
        if lo:
            cond = cond & (c(day) <= shift(lo))
        if hi:
            cond = cond & (c(day) > shift(hi))
        return cond

    ref = frames["referrals"].lazy()
    breadth = (ref.filter(c("referral").is_between(start, end)).group_by("la").agg(
        referrals_school=n(c("source").is_in(SCHOOL)), referrals_health=n(c("source").is_in(HEALTH)),
        referrals_police=n(c("source").is_in(POLICE)),
        referrals_not_in_need=n((c("nfa") == 0) & (c("closure") <= end) & c("reason").is_in(NOT_IN_NEED))))
    open_bands = (ref.filter((c("referral") <= end) & (c("closure").is_null() | (c("closure") > end)) & (c("nfa") == 0))
                  .group_by("la").agg(**{f"cin_open_{b}": n(band("referral", None, lo, hi))
                                         for b, (lo, hi) in DURATION_BANDS.items()}))
    ended = (ref.filter(c("closure").is_between(start, end) & (c("nfa") == 0))
             .group_by("la").agg(cin_ended=pl.len(), **{f"cin_ended_{b}": n(band("referral", "closure", lo, hi))
                                                         for b, (lo, hi) in DURATION_BANDS.items()}))
    s47f, cal = frames["s47"].lazy(), frames["calendar"].lazy()
    episode = ["la", "child", "referral", "icpc"]
    conferences = (pl.concat([s47f.select(episode), ref.select(episode)])
                   .filter(c("icpc").is_between(start, end)).unique())
    linked = s47f.filter(c("icpc").is_between(start, end)).group_by(episode).agg(first=c("start").min())
    timed = (conferences.join(linked, on=episode, how="inner")
             .join(cal.rename({"cum": "cs"}), left_on="first", right_on="day", how="left")
             .join(cal.rename({"cum": "ce"}), left_on="icpc", right_on="day", how="left")
             .with_columns(days=c("ce") - c("cs"), timed=c("icpc") >= c("first")))
    icpc_bands = timed.group_by("la").agg(**{
        f"icpc_{b}": n(c("timed") & (c("days") >= (lo or 0)) & ((c("days") <= hi) if hi else lit(True)))
        for b, (lo, hi) in CONFERENCE_BANDS.items()})
    plan_key = ["child", "referral", "start"]
    is_open = (c("start") <= end) & (c("end").is_null() | (c("end") > end))
    latest = frames["plans"].lazy().filter(is_open).filter(c("start") == c("start").max().over("child"))
    reviews = (latest.select(*plan_key, review=c("reviews").str.split(";")).explode("review")
               .with_columns(review=c("review").str.to_date("%Y-%m-%d", strict=False))
               .filter(c("review") > c("start")).unique().sort([*plan_key, "review"])
               .with_columns(k=pl.int_range(pl.len()).over(plan_key), prev=c("review").shift(1).over(plan_key))
               .with_columns(prev=pl.coalesce(c("prev"), c("start")))
               .with_columns(due=pl.when(c("k") == 0).then(c("prev").dt.offset_by("3mo"))
                             .otherwise(c("prev").dt.offset_by("6mo")))
               .group_by(plan_key).agg(late=c("due").filter(c("review") > c("due")).min(), last=c("review").max())
               .with_columns(review_due=pl.coalesce(c("late"), c("last").dt.offset_by("6mo"))))
    reviewed = (latest.filter(c("start") <= add_months(end, -3)).join(reviews, on=plan_key, how="left")
                .with_columns(due=pl.coalesce(c("review_due"), c("start").dt.offset_by("3mo")))
                .group_by("la").agg(cpp_3_months=pl.len(), cpp_reviewed=n(lit(end) <= c("due"))))
    pp = (ref.filter(c("pp_start").is_not_null())
          .with_columns(pp_end=pl.min_horizontal("pp_decision", "pp_court")))
    preproceedings = pp.group_by("la").agg(
        pp_started=n(c("pp_start").is_between(start, end)),
        pp_children=c("child").filter((c("pp_start") <= end) & (c("pp_end").is_null() | (c("pp_end") > end))).n_unique())
    s47_children = (s47f.filter(c("start").is_between(start, end)).group_by("la")
                    .agg(s47_children=c("child").n_unique()))
    fa = (frames["assessments"].lazy()
          .filter(c("authorised").is_between(start, end) & c("factors").is_not_null() & (c("factors") != ""))
          .with_columns(code=c("factors").str.split(";")).explode("code").select("la", "child", "referral", "code").unique())
    episode = lambda codes: pl.struct("child", "referral").filter(c("code").is_in(list(codes))).n_unique()
    factors = fa.group_by("la").agg(factor_episodes=episode(FACTOR_CODES),
                                    **{f"factor_{k}": episode(codes) for k, codes in FACTOR_GROUPS.items()})
    icpc_children = (pl.concat([s47f.filter(c("icpc").is_between(start, end)).select("la", "child"),
                                ref.filter(c("icpc").is_between(start, end)).select("la", "child")])
                     .group_by("la").agg(icpc_children=c("child").n_unique()))
    return [breadth, open_bands, ended, icpc_bands, reviewed, preproceedings, s47_children, factors, icpc_children]


# ---------------------------------------------------------------------------------------------
# Turning the engines' counters into numerator/denominator per authority and indicator.

def figures(counters, pops, year):
    """{la: {indicator: [numerator, denominator]}} from {la: {counter: value}} of an engine; an
    indicator whose records the year's returns do not hold (FIRST_YEAR) has neither."""
    result = {}
    for la, pop in pops.items():
        have = dict(counters.get(la, {}), population=pop)
        result[la] = {ind: [int(have.get(num, 0)), int(have.get(den, 0))] if year >= FIRST_YEAR.get(ind, 0) else [0, 0]
                      for ind, (num, den) in INDICATORS.items()}
    return result
def worker(args):
    """One engine in this process: read, compute `--repeat` times, print JSON on stdout."""
    pops = populations(args.data, args.year)
    out = {"engine": args.worker, "threads": args.threads}
    if args.worker == "duckdb":
        import duckdb
        con = duckdb.connect()
        con.execute(f"SET threads = {args.threads}")
        t = time.perf_counter(); duckdb_read(con, args.data); out["read_903_seconds"] = time.perf_counter() - t
        duckdb_read_cin(con, args.flat)
        duckdb_reference(con, args.data)
        duckdb_keys(con)
        run = lambda: duckdb_compute(con, args.year)
    else:
        os.environ["POLARS_MAX_THREADS"] = str(args.threads)
        import polars as pl
        t = time.perf_counter(); frames = polars_read(pl, args.data); out["read_903_seconds"] = time.perf_counter() - t
        polars_read_cin(pl, args.flat, frames)
        polars_reference(pl, args.data, frames)
        polars_keys(pl, frames)
        run = lambda: polars_compute(pl, frames, args.year)
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter(); counts = run(); times.append(time.perf_counter() - t)
    out["compute_seconds"] = times
    out["figures"] = figures(as_counters(counts), pops, args.year)
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
    """{la: {indicator: [numerator, denominator]}} of the library's whole catalogue, which must be
    exactly the compared indicators (so that a new catalogue indicator is not silently left out)."""
    for area in result["areas"]:
        if set(area["indicators"]) != set(INDICATORS):
            sys.exit(f"the library's catalogue differs from INDICATORS: only in the library "
                     f"{sorted(set(area['indicators']) - set(INDICATORS))}, only here {sorted(set(INDICATORS) - set(area['indicators']))}")
    return {a["la"]: a["indicators"] for a in result["areas"]}


def check(scale, engines):
    """Prints every disagreement on a numerator or denominator; returns how many there were."""
    problems = 0
    names = list(engines)
    reference = engines[names[0]]
    las = sorted(set().union(*[set(f) for f in engines.values()]))
    for la in las:
        for ind in INDICATORS:
            values = {n: engines[n].get(la, {}).get(ind) for n in names}
            if len({json.dumps(v) for v in values.values()}) > 1:
                problems += 1
                if problems <= 40:
                    print(f"  DISAGREE scale {scale} {la} {ind}: " + ", ".join(f"{n}={v}" for n, v in values.items()))
    return problems


def generate(tool, scale, out):
    spec = SCALES[scale]
    if scale == "edge":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import edge_cases
        edge_cases.build(out)
        if os.path.exists(out + ".cin-flat/.done"):
            os.remove(out + ".cin-flat/.done")
        return None
    if os.path.exists(os.path.join(out, "population.csv")):
        return None
    t = time.perf_counter()
    subprocess.run([tool, "generate", "--out", out, "--las", str(spec["las"]), "--years", str(spec["years"]),
                    "--last-year", str(spec.get("last_year", 2025)), "--seed", "903"], check=True, stdout=subprocess.DEVNULL)
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
    p.add_argument("--scales", default="1,20", help="comma-separated scales among 1, 20, 153 and edge (default 1,20)")
    p.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "sm-comparison"),
                   help="where the generated cohorts are kept (reused when present)")
    p.add_argument("--runs", type=int, default=3, help="runs per engine and scale (medians are reported)")
    p.add_argument("--repeat", type=int, default=3, help="computations per run, from data in memory")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--year", type=int, default=2025)
    p.add_argument("--json", help="also write every measurement to this file")
    p.add_argument("--baseline-library", help="a library-indicators executable built from an earlier commit: run in "
                   "the same rotation, its shared indicators checked against this build's, and its whole-catalogue "
                   "compute time compared with this build's against the ratio of the catalogues' sizes")
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
        year = SCALES[scale].get("year", args.year)
        commands = {
            "swift": [args.library, data, "--year", str(year), "--threads", str(args.threads),
                      "--repeat", str(args.repeat)],  # the whole catalogue
            "duckdb": [*me, "--worker", "duckdb", "--data", data, "--flat", flat, "--year", str(year),
                       "--threads", str(args.threads), "--repeat", str(args.repeat)],
            "polars": [*me, "--worker", "polars", "--data", data, "--flat", flat, "--year", str(year),
                       "--threads", str(args.threads), "--repeat", str(args.repeat)],
        }
        if args.baseline_library:
            commands["baseline"] = [args.baseline_library, data, "--year", str(args.year), "--threads", str(args.threads),
                                    "--repeat", str(args.repeat)]
        order = list(commands)
        runs = {name: [] for name in order}
        for run in range(args.runs):
            for name in order[run % len(order):] + order[:run % len(order)]:  # alternate which engine goes first
                runs[name].append(run_child(commands[name]))
        engines = {"swift": library_figures(runs["swift"][0]),
                   "duckdb": runs["duckdb"][0]["figures"], "polars": runs["polars"][0]["figures"]}
        problems = check(scale, engines)
        total_problems += problems
        n = len(engines["swift"]) * len(INDICATORS)
        print(f"  agreement: {n - problems} of {n} (authority, indicator) pairs agree on numerator and denominator "
              f"across swift, duckdb and polars" + ("" if problems == 0 else f"; {problems} DISAGREE"))
        med = lambda xs: statistics.median(xs)
        if args.baseline_library:
            baseline_runs = runs.pop("baseline")
            order.remove("baseline")
            before = {a["la"]: a["indicators"] for a in baseline_runs[0]["areas"]}
            shared = sorted(set.intersection(*[set(v) for v in before.values()]))
            differing = sum(1 for la, inds in before.items() for ind in shared if inds[ind] != engines["swift"][la][ind])
            n_before, n_after = len(shared), len(INDICATORS)
            t_before = med([t for r in baseline_runs for t in r["compute_all_seconds"]])
            t_after = med([t for r in runs["swift"] for t in r["compute_all_seconds"]])
            print(f"  baseline build: {n_before} indicators, {sum(1 for _ in before) * n_before - differing} of "
                  f"{sum(1 for _ in before) * n_before} (authority, indicator) pairs equal to this build's")
            print(f"  whole catalogue, medians of {args.runs}x{args.repeat} computations: baseline {n_before} indicators "
                  f"{t_before:.4f} s, this build {n_after} indicators {t_after:.4f} s; compute time x{t_after / t_before:.2f} "
                  f"for x{n_after / n_before:.2f} the indicators")
            measurements.setdefault("baseline", {})[scale] = {"indicators_before": n_before, "indicators_after": n_after,
                                                              "compute_before": t_before, "compute_after": t_after,
                                                              "differing": differing}
            total_problems += differing
        row = {}
        for name in order:
            row[name] = {
                "read": med([r["read_903_seconds"] for r in runs[name]]),
                # the library: its whole-catalogue computation; DuckDB and polars: every compared indicator
                "compute": med([t for r in runs[name]
                                for t in r["compute_all_seconds" if name == "swift" else "compute_seconds"]]),
                "memory": med([r["peak_rss_bytes"] for r in runs[name]]) / 2**20,
            }
        row["swift"]["read_all"] = med([r["read_all_seconds"] for r in runs["swift"]])
        measurements[scale] = {"rows": rows, "bytes": size, "medians": row, "problems": problems,
                               "runs": {k: [{x: y for x, y in r.items() if x not in ("figures", "areas")} for r in v]
                                        for k, v in runs.items()}}
        print(f"  medians of {args.runs} runs (compute: of {args.runs}x{args.repeat} computations); "
              "ratio = other engine / swift (above 1: swift is faster or smaller)")
        print(f"  {'measure':38} {'swift':>10} {'duckdb':>10} {'polars':>10} {'duckdb/swift':>13} {'polars/swift':>13}")
        for key, label, unit in [("read", "(a) read SSDA903 CSVs", "s"),
                                 ("compute", f"(b) compute all {len(INDICATORS)} indicators", "s"),
                                 ("memory", "(c) peak memory, whole job", "MiB")]:
            s, d, pq = row["swift"][key], row["duckdb"][key], row["polars"][key]
            fmt = (lambda v: f"{v:.4f}") if unit == "s" else (lambda v: f"{v:.0f}")
            print(f"  {label + ' (' + unit + ')':38} {fmt(s):>10} {fmt(d):>10} {fmt(pq):>10} {d / s:>13.2f} {pq / s:>13.2f}")
        print(f"  swift, read 903 + CIN XML + populations + postcodes: {row['swift']['read_all']:.3f} s")
    scales = [scale for scale in measurements if scale not in ("edge", "baseline")]
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
