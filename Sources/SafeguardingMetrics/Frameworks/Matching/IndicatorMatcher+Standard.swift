extension IndicatorMatcher {
    /// The matcher over the standard catalogue with ``standardConcepts``.
    public static let standard = IndicatorMatcher(concepts: standardConcepts)

    /// The vocabulary of the DfE catalogue's titles and of council frameworks' usual wording
    /// (Blackpool's among them): referrals, assessments, section 47 enquiries, conferences, plans,
    /// children looked after and their placements, SDQs and care leavers, with the local measures
    /// (early help, attendance, audits, family group conferences, pre-proceedings) marked local.
    public static let standardConcepts: [MatchConcept] = [
        MatchConcept("referral", phrases: ["referral", "re referral", "rereferral"]),
        MatchConcept("repeat", phrases: ["repeat", "re referral", "rereferral", "second or later",
                                         "second or subsequent", "subsequent"]),
        MatchConcept("no_further_action", phrases: ["no further action", "nfa"]),
        MatchConcept("in_need", phrases: ["children in need", "child in need", "cin"]),
        MatchConcept("started", phrases: ["started", "starting", "start", "new entrant", "entrant", "entering", "entry"]),
        MatchConcept("ceased", phrases: ["ceased", "ceasing", "ended", "ending", "leaving"]),
        MatchConcept("assessment", phrases: ["assessment"]),
        MatchConcept("completed", phrases: ["completed", "complete", "authorised"]),
        MatchConcept("timely", phrases: ["timely", "within 45 working day", "within 15 working day", "on time"]),
        MatchConcept("section_47", phrases: ["section 47", "s47", "s 47"]),
        // Counting each child once rather than each event: "Rate of section 47 enquiries" is
        // `s47.rate`; `s47.children.rate` (its identifier reads "s47 children") only when the row
        // says it counts children.
        MatchConcept("children_counted", phrases: ["s47 children", "section 47 children", "children subject to",
                                                   "children who were the subject", "each child once"]),
        MatchConcept("initial_conference", phrases: ["initial child protection conference", "initial conference",
                                                     "initial cp conference", "icpc", "child protection conference"],
                     implies: ["section_47"]),
        MatchConcept("protection_plan", phrases: ["child protection plan", "cp plan", "cpp", "child protection"]),
        MatchConcept("looked_after", phrases: ["looked after", "children in care", "child in care", "in care", "to care",
                                               "into care", "our children", "cla", "lac"]),
        MatchConcept("placement", phrases: ["placement", "placed"], implies: ["looked_after"]),
        MatchConcept("foster", phrases: ["foster", "fostering"], implies: ["looked_after"]),
        MatchConcept("residential", phrases: ["residential", "children home", "children s home", "childrens home"], implies: ["looked_after"]),
        MatchConcept("family_network", phrases: ["family network", "family or friend", "family and friend", "kinship",
                                                 "connected carer", "connected person"], implies: ["looked_after"]),
        MatchConcept("over_20_miles", phrases: ["20 mile", "twenty mile"]),
        MatchConcept("stability", phrases: ["stability", "stable"], implies: ["looked_after"]),
        MatchConcept("long_term", phrases: ["long term", "longterm"]),
        MatchConcept("three_or_more", phrases: ["3 or more", "three or more"]),
        MatchConcept("interim_care_order", phrases: ["interim care order", "ico"]),
        MatchConcept("26_weeks", phrases: ["26 week", "twenty six week"]),
        MatchConcept("two_years", phrases: ["2 year", "two year"]),
        MatchConcept("missing", phrases: ["missing", "went missing"], implies: ["looked_after"]),
        MatchConcept("sdq", phrases: ["sdq", "strength and difficulty", "strengths and difficulty"],
                     implies: ["looked_after"]),
        MatchConcept("received", phrases: ["received", "up to date", "uptodate"]),
        MatchConcept("concern", phrases: ["concern", "concern band"]),
        MatchConcept("care_leaver", phrases: ["care leaver", "care experienced", "leaving care"]),
        MatchConcept("education_employment_training", phrases: ["education employment or training",
                                                                "education employment and training",
                                                                "education employment", "eet"]),
        MatchConcept("suitable_accommodation", phrases: ["suitable accommodation", "suitably accommodated", "suitable"]),
        MatchConcept("in_touch", phrases: ["in touch"]),
        MatchConcept("aged_17_18", phrases: ["17 18", "17 to 18", "17 and 18"]),
        MatchConcept("aged_19_21", phrases: ["19 21", "19 to 21", "19 and 21"]),
        MatchConcept("early_help", phrases: ["early help"], local: true),
        MatchConcept("attendance", phrases: ["attendance", "attending", "school"], local: true),
        MatchConcept("audit", phrases: ["audit", "graded", "quality of practice"], local: true),
        MatchConcept("family_group_conference", phrases: ["family group conference", "fgc"], local: true),
        MatchConcept("lifelong_links", phrases: ["life long link", "lifelong link"], local: true),
        MatchConcept("pre_proceedings", phrases: ["pre proceeding", "preproceeding"], local: true),
        MatchConcept("return_home", phrases: ["return to their", "return home", "reunification", "reunified"], local: true),
    ]
}
