"""Hand-made edge cases for the comparison (`compare.py --scales edge`): one authority, returns 2024 and
2025, a few records per rule of INDICATORS.md that the synthetic generator never produces (overlapping
and invalid episodes, gaps in care, interim care order runs, exact distance and working-day bounds,
month-end re-referral windows, conferences shared by enquiries or held only at the CIN episode level,
contradicted previous-plan counts, the 730-day and 2-year plan bounds, SDQ and care-leaver age bounds,
repeated keys within and across returns, odd postcode spelling).

Known differences between the library and the reference on this dataset (collection year 2025), each
one record; see the report in the commit that added this file:
- child 118, cla.stability.long_term.percent: the CIN census gives another birth date than the SSDA903
  header; the definition ages by the header DOB, the library by the CIN one (loaded later, same year).
- child 105, cla.started/ceased.rate, cla.missing.percent's denominator and the cla.ceased.*.percent
  shares (its E11: adopted): an episode whose DEC is before its DECOM; the library leaves it out of
  every measure (and reports it), the definition is silent.
- child 103, cla.interim_care_order_over_26_weeks.percent: a C1 episode starting before the previous C1
  one ends; the definition's contiguity is DECOM = previous DEC, the library continues the run.
- child 210, sdq.*: SDQ_SCORE " 14 " (padded); the library rejects it, the reference trims it.
- child 307, care_leavers.eet and .in_touch, aged 17-18 and 17-21: ACTIV "f1" and IN_TOUCH "yes" (lower
  case); the library reads codes case-insensitively, the reference compares them literally. (Its ACCOM
  "b1" now agrees: the library reads B1, the reference takes "a code ending in 1".)

With the children ceasing care of 120-124 (collection year 2025), the 16 pairs that differ are exactly
those of children 103, 105, 210 and 307; the reasons for ceasing (120 ceased twice, 121's overlapping and
122's same-day ends, 123 and 124 at the period's edges) agree in all three engines.

Usage: python3 edge_cases.py ROOT (writes ROOT, replacing it).
"""
import os
import shutil
import sys


def build(root):
    shutil.rmtree(root, ignore_errors=True)
    LA = "E06000001"

    def d(s):  # ISO -> dd/mm/yyyy
        if not s: return ""
        y, m, dd = s.split("-"); return f"{dd}/{m}/{y}"

    EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
    HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
    returns = {2024: dict(ep=[], hd=[], ms=[], oc2=[], oc3=[], cin=[]), 2025: dict(ep=[], hd=[], ms=[], oc2=[], oc3=[], cin=[])}
    def ep(y, child, decom, rne, ls, place, dec="", rec="", home="AA1 0AE", pl="AA1 0AE"):
        returns[y]["ep"].append(f"{child},{d(decom)},{rne},{ls},N1,{place},PR1,{d(dec)},{rec},,{home},{pl},")
    def hd(y, child, dob):
        returns[y]["hd"].append(f"{child},1,{d(dob)},WBRI,,,")
    def both_hd(child, dob):
        hd(2024, child, dob); hd(2025, child, dob)

    # --- children looked after (2025 return unless said) ---
    # 101 two episodes open at the end: the later DECOM (K2) gives the placement; P at 2024-06-01 = change of carer
    both_hd("101", "2012-05-05")
    ep(2025, "101", "2022-01-01", "S", "C2", "U4"); ep(2025, "101", "2024-06-01", "P", "C2", "K2")
    # 102 a gap then RNE L: a new period of care starting 2022-12-01 (after the 30-month cut-off)
    both_hd("102", "2013-05-05")
    ep(2025, "102", "2021-01-01", "S", "C2", "U4", "2022-01-01", "E11"); ep(2025, "102", "2022-12-01", "L", "C2", "U4")
    # 103 overlapping C1 episodes (starts before the previous ends): a run from 2024-01-01, or 2024-10-15?
    both_hd("103", "2014-05-05")
    ep(2025, "103", "2024-01-01", "S", "C1", "U4", "2024-11-01", "X1"); ep(2025, "103", "2024-10-15", "L", "C1", "U5")
    # 104 contiguous C1 run from 2024-01-01
    both_hd("104", "2014-05-05")
    ep(2025, "104", "2024-01-01", "S", "C1", "U4", "2024-10-15", "X1"); ep(2025, "104", "2024-10-15", "L", "C1", "U5")
    # 105 an episode ending before it starts, with a reason ceased
    both_hd("105", "2010-05-05")
    ep(2025, "105", "2024-06-01", "S", "C2", "U4", "2024-05-01", "E11")
    # 106 short breaks only
    both_hd("106", "2010-05-05")
    ep(2025, "106", "2024-06-01", "S", "V3", "U4")
    # 108 short-term stability: open at start + T1 (temporary, not counted) + T + B = 3
    both_hd("108", "2011-05-05")
    ep(2025, "108", "2023-05-01", "S", "C2", "U4", "2024-06-01", "X1"); ep(2025, "108", "2024-06-01", "P", "C2", "T1", "2024-07-01", "X1")
    ep(2025, "108", "2024-07-01", "T", "C2", "U5", "2024-09-01", "X1"); ep(2025, "108", "2024-09-01", "B", "C2", "U6")
    # 109/110 distances 32,187 m (far) and 32,186 m (not), postcodes in odd case and spacing; 111 unknown postcode
    both_hd("109", "2011-05-05"); both_hd("110", "2011-05-05"); both_hd("111", "2011-05-05")
    ep(2025, "109", "2023-05-01", "S", "C2", "U4", home=" aa1  0ae", pl="BB1 1AA")
    ep(2025, "110", "2023-05-01", "S", "C2", "U4", home="AA1 0AE", pl="bb1 1ab ")
    ep(2025, "111", "2023-05-01", "S", "C2", "U4", home="AA1 0AE", pl="ZZ9 9ZZ")
    # 112 away only; 113 missing before the period and on its last day
    both_hd("112", "2011-05-05"); both_hd("113", "2011-05-05")
    ep(2025, "112", "2023-05-01", "S", "C2", "U4"); ep(2025, "113", "2023-05-01", "S", "C2", "U4")
    returns[2025]["ms"] += ["112,05/05/2011,A,01/06/2024,02/06/2024", "113,05/05/2011,M,31/03/2024,02/04/2024",
                            "113,05/05/2011,M,31/03/2025,"]
    # 114 open in the 2024 return, closed in the 2025 return: the latest return wins
    both_hd("114", "2011-05-05")
    ep(2024, "114", "2023-06-01", "S", "C2", "U4"); ep(2025, "114", "2023-06-01", "S", "C2", "U4", "2024-06-01", "E11")
    # 115 a key repeated inside one return: the last row wins (K2)
    both_hd("115", "2011-05-05")
    ep(2025, "115", "2023-06-01", "S", "C2", "U4"); ep(2025, "115", "2023-06-01", "S", "C2", "K2")
    # 116 starts after the period; 117 ceases with X1 only
    both_hd("116", "2011-05-05"); both_hd("117", "2011-05-05")
    ep(2025, "116", "2025-04-02", "S", "C2", "U4")
    ep(2025, "117", "2023-06-01", "S", "C2", "U4", "2024-08-01", "X1")
    # 118 long-term eligible by header DOB (aged 10), but the CIN census gives a birth date making them 17
    both_hd("118", "2014-06-01")
    ep(2025, "118", "2021-01-01", "S", "C2", "U4")
    # 119 two episodes with RNE S in the period: started counts the child once
    both_hd("119", "2011-05-05")
    ep(2025, "119", "2024-05-01", "S", "C2", "U4", "2024-06-01", "E11"); ep(2025, "119", "2024-09-01", "S", "C2", "U4")

    # 120 ceased twice (adopted, back in care, home on the last day): counted once, by E4A
    both_hd("120", "2012-05-05")
    ep(2025, "120", "2023-01-01", "S", "C2", "U4", "2024-06-01", "E11"); ep(2025, "120", "2024-07-01", "S", "C2", "U4", "2025-03-31", "E4A")
    # 121 overlapping ceasing episodes: the later end (E11) gives the reason, not the later start (E4A)
    both_hd("121", "2012-05-05")
    ep(2025, "121", "2024-01-01", "S", "C2", "U4", "2024-12-01", "E11"); ep(2025, "121", "2024-02-01", "P", "C2", "U5", "2024-10-01", "E4A")
    # 122 two ceasing episodes ending the same day: the later start (E45) gives the reason
    both_hd("122", "2012-05-05")
    ep(2025, "122", "2024-01-01", "S", "C2", "U4", "2024-09-01", "E41"); ep(2025, "122", "2024-03-01", "P", "C2", "U5", "2024-09-01", "E45")
    # 123 returned home (not in the plan) on the first day; 124 special guardianship the day before the start
    both_hd("123", "2012-05-05"); both_hd("124", "2012-05-05")
    ep(2025, "123", "2023-01-01", "S", "C2", "U4", "2024-04-01", "E4B")
    ep(2025, "124", "2023-01-01", "S", "C2", "U4", "2024-03-31", "E45")

    # --- OC2 (2025 return; one 2024 row ignored) ---
    OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED"
    for child, dob, score in [("201", "2015-01-01", "17"), ("201", "2015-01-01", "17"), ("202", "2015-01-01", "41"),
                              ("203", "2015-01-01", "abc"), ("204", "2015-01-01", ""), ("205", "", "20"),
                              ("206", "2020-04-01", "10"), ("207", "2020-03-31", "13"), ("208", "2008-04-01", "16"),
                              ("209", "2008-03-31", "30"), ("210", "2015-01-01", " 14 "), ("211", "2015-01-01", "-1")]:
        returns[2025]["oc2"].append(f"{child},{d(dob)},{score},,0,1,1,1,1,0,0,0")
    both_hd("205", "2012-01-01")
    returns[2024]["oc2"].append("201,01/01/2015,5,,0,1,1,1,1,0,0,0")
    # --- OC3 ---
    for child, dob, touch, act, acc in [("301", "2007-03-31", "YES", "F1", "B1"), ("302", "2003-04-01", "NREQ", "G4", "C2"),
                                        ("303", "2003-03-31", "YES", "F1", "B1"), ("304", "2007-06-01", "DIED", "F1", "B1"),
                                        ("305", "2007-06-01", "", "", "0"), ("306", "2004-06-01", "RHOM", "F1", "B1"),
                                        ("307", "", "yes", "f1", "b1"), ("308", "2008-02-29", "YES", "P4", "Z1"),
                                        ("309", "2004-02-29", "NO", "G6", "U2"), ("310", "2006-04-01", "YES", "F2", "D1")]:
        returns[2025]["oc3"].append(f"{child},{d(dob)},{touch},{act},{acc}")
    both_hd("307", "2007-07-07")

    # --- CIN census ---
    def cin(y, child, birth, details):
        returns[y]["cin"].append((child, birth, details))
    def ref(date, closure="", nfa="false", icpc="", assessments=(), s47=(), plans=()):
        return dict(date=date, closure=closure, nfa=nfa, icpc=icpc, assessments=assessments, s47=s47, plans=plans)
    # k1 re-referral across returns at a month end: 2024-02-29 then 2025-02-28
    cin(2024, "401", "2010-01-01", [ref("2024-02-29", "2024-03-10")])
    cin(2025, "401", "2010-01-01", [ref("2025-02-28")])
    # k2 exactly 12 months; k3 one day more
    cin(2025, "402", "2010-01-01", [ref("2023-04-30", "2023-05-30"), ref("2024-04-30", "2024-05-30")])
    cin(2025, "403", "2010-01-01", [ref("2023-04-29", "2023-05-30"), ref("2024-04-30", "2024-05-30")])
    # k4 NFA given as TRUE and 1, open: referrals and NFA, not in need
    cin(2025, "404", "2010-01-01", [ref("2024-06-01", nfa="TRUE"), ref("2024-07-01", nfa="1")])
    # k5 assessments: no start; authorised before start; exactly 45 and 46 working days over Christmas
    cin(2025, "405", "2010-01-01", [ref("2024-11-25", "2025-03-01", assessments=[("", "2024-12-20"), ("2025-01-10", "2025-01-05"),
                                                                            ("2024-12-02", "2025-02-06"), ("2024-12-02", "2025-02-07")])])
    # k6 two enquiries with the same conference date: one conference, the earliest start (15 working days exactly)
    cin(2025, "406", "2010-01-01", [ref("2024-09-01", icpc="2024-09-23", s47=[("2024-09-02", "2024-09-23"), ("2024-09-10", "2024-09-23")])])
    # k7 an enquiry without a start, with a conference: linked, not timely; not a started enquiry
    cin(2025, "407", "2010-01-01", [ref("2024-10-01", s47=[("", "2024-10-10")])])
    # k8 a conference at the episode level only (transfer-in): counted, not linked
    cin(2025, "408", "2010-01-01", [ref("2024-10-20", icpc="2024-11-01")])
    # k9 a conference before its enquiry's start: linked, not timely
    cin(2025, "409", "2010-01-01", [ref("2024-10-20", s47=[("2024-11-05", "2024-11-01")])])
    # k10 an enquiry in the period whose conference is after the end; 16 working days
    cin(2025, "410", "2010-01-01", [ref("2025-03-01", s47=[("2025-03-20", "2025-04-05")]),
                                    ref("2024-04-10", s47=[("2024-04-15", "2024-05-08")])])
    # k11 plans: ended in period after 1,248 days; a second plan with previous 0 (contradicted); open plans at and after the 2-year cut-off
    cin(2025, "411", "2010-01-01", [ref("2020-12-01", "2024-06-01", plans=[("2021-01-01", "2024-06-01", "0")]),
                                    ref("2023-03-01", plans=[("2023-03-31", "", "0"), ("2024-07-01", "", "0")])])
    cin(2025, "412", "2010-01-01", [ref("2022-12-01", plans=[("2023-04-01", "", "1"), ("2023-01-01", "2024-12-30", "0")]),
                                    ref("2022-11-01", "2024-12-29", plans=[("2023-01-02", "2024-12-30", "0"), ("2022-12-31", "2024-12-29", "0")])])
    # k13 a referral open in the 2024 return and closed in the 2025 return
    cin(2024, "413", "2010-01-01", [ref("2023-10-01")])
    cin(2025, "413", "2010-01-01", [ref("2023-10-01", "2024-05-01")])
    # k118: the looked-after child 118 in the CIN census with another birth date
    cin(2025, "118", "2007-06-01", [ref("2024-05-05", "2024-06-01")])

    def xml(y, rows):
        out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>\n'
               f'      <Year>{y}</Year>\n      <ReferenceDate>{y}-03-31</ReferenceDate>\n    </CollectionDetails>\n    <Source>\n'
               '      <SourceLevel>L</SourceLevel>\n      <LEA>805</LEA>\n      <SoftwareCode>edge</SoftwareCode>\n      <Release>1</Release>\n'
               f'      <SerialNo>1</SerialNo>\n      <DateTime>{y}-03-31T12:00:00</DateTime>\n    </Source>\n  </Header>\n  <Children>\n']
        for child, birth, details in rows:
            out.append(f"    <Child>\n      <ChildIdentifiers>\n        <LAchildID>{child}</LAchildID>\n        <PersonBirthDate>{birth}</PersonBirthDate>\n"
                       "        <Sex>M</Sex>\n      </ChildIdentifiers>\n      <ChildCharacteristics>\n        <Ethnicity>WBRI</Ethnicity>\n"
                       "        <Disabilities>\n          <Disability>NONE</Disability>\n        </Disabilities>\n      </ChildCharacteristics>\n")
            for r in details:
                out.append(f"      <CINdetails>\n        <CINreferralDate>{r['date']}</CINreferralDate>\n        <ReferralSource>1A</ReferralSource>\n"
                           "        <PrimaryNeedCode>N1</PrimaryNeedCode>\n")
                if r["closure"]:
                    out.append(f"        <CINclosureDate>{r['closure']}</CINclosureDate>\n        <ReasonForClosure>RC7</ReasonForClosure>\n")
                if r["icpc"]:
                    out.append(f"        <DateOfInitialCPC>{r['icpc']}</DateOfInitialCPC>\n")
                for start, auth in r["assessments"]:
                    out.append("        <Assessments>\n" + (f"          <AssessmentActualStartDate>{start}</AssessmentActualStartDate>\n" if start else "")
                               + f"          <AssessmentAuthorisationDate>{auth}</AssessmentAuthorisationDate>\n        </Assessments>\n")
                for start, conf in r["s47"]:
                    out.append("        <Section47>\n" + (f"          <S47ActualStartDate>{start}</S47ActualStartDate>\n" if start else "")
                               + (f"          <DateOfInitialCPC>{conf}</DateOfInitialCPC>\n" if conf else "")
                               + "          <ICPCnotRequired>false</ICPCnotRequired>\n        </Section47>\n")
                out.append(f"        <ReferralNFA>{r['nfa']}</ReferralNFA>\n")
                for start, end, prev in r["plans"]:
                    out.append(f"        <ChildProtectionPlans>\n          <CPPstartDate>{start}</CPPstartDate>\n"
                               + (f"          <CPPendDate>{end}</CPPendDate>\n" if end else "")
                               + "          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>\n          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>\n"
                               f"          <NumberOfPreviousCPP>{prev}</NumberOfPreviousCPP>\n        </ChildProtectionPlans>\n")
                out.append("      </CINdetails>\n")
            out.append("    </Child>\n")
        out.append("  </Children>\n</Message>\n")
        return "".join(out)

    for y, r in returns.items():
        base = os.path.join(root, LA, str(y))
        os.makedirs(base + "/ssda903"); os.makedirs(base + "/cin")
        def w(name, header, rows):
            with open(f"{base}/ssda903/{name}.csv", "w") as f: f.write("\n".join([header] + rows) + "\n")
        w("episodes", EP, r["ep"]); w("header", HD, r["hd"]); w("missing", "CHILD,DOB,MISSING,MIS_START,MIS_END", r["ms"])
        w("oc2", OC2, r["oc2"]); w("oc3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", r["oc3"])
        with open(f"{base}/cin/cin_census_{y}.xml", "w") as f: f.write(xml(y, r["cin"]))
    with open(os.path.join(root, "population.csv"), "w") as f:
        f.write("la_code,year,population_0_17\n" + "".join(f"{LA},{y},20000\n" for y in range(2020, 2025)))
    with open(os.path.join(root, "postcodes.csv"), "w") as f:
        f.write("postcode,easting,northing\nAA1 0AE,300000,400000\nBB1 1AA,332187,400000\nbb1  1ab,332186,400000\nBB1 1AB,100,100\n")


if __name__ == "__main__":
    build(sys.argv[1])
