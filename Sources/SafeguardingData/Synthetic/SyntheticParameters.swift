/// The rates and mixes the synthetic cohort is drawn from, calibrated on the England figures of
/// the year ending 31 March 2025 (`la_csc_indicators_2024_2025.csv`, England row) so that a
/// national cohort's computed figures sit near the published ones.
///
/// Rates are per child aged 0-17 per year. The published England values they aim at are noted.
struct SyntheticParameters: Sendable {
    /// Referrals: 621,880 / 12.06 m children (516 per 10,000).
    var referralRate = 0.0516
    /// Share of referrals that are the same child's again within 12 months (22.4% published).
    var rereferralShare = 0.224
    /// Referrals closed with no further action.
    var noFurtherAction = 0.07
    /// Referrals with an assessment (of those not NFA).
    var assessed = 0.97
    /// Assessments authorised within 45 working days (about 83% nationally).
    var assessmentOnTime = 0.83
    /// Cases closed at the assessment's authorisation (not needing further services).
    var closedAfterAssessment = 0.42
    /// Mean further length, in days, of a CIN episode open after assessment.
    var cinMeanDays = 330.0
    /// Referrals leading to a section 47 enquiry (about 200,000 a year).
    var section47 = 0.32
    /// Enquiries leading to an initial conference (about 38%).
    var conference = 0.38
    /// Conferences within 15 working days of the enquiry's start (about 78%).
    var conferenceOnTime = 0.78
    /// Conferences leading to a plan.
    var plan = 0.86
    /// Plan lengths: lognormal, median in days (about 9 months) and spread of the log. The spread
    /// sets the tail: 2.3% of plans open at 31 March have lasted 2 years or more (and 49,420 open
    /// against 61,840 starting, a mean of about 290 days). A spread of 0.65 gave 4.1% open 2 years
    /// or more and 42.4 per 10,000 on a plan (40.6 published); 0.58 gave 2.2% and 40.9, with
    /// 3.3% of plans ending after 2 years or more (4.9% at 0.65).
    var planMedianDays = 250.0
    var planLogSD = 0.58
    /// New children whose earlier plan predates the data (makes up the 24.7% repeat share; 0.16
    /// gave 13.6% computed, so raised).
    var previousPlanBeforeData = 0.22
    /// Categories of abuse on plans.
    var abuseCategories: [(String, Double)] = [("NEG", 0.48), ("EMO", 0.38), ("PHY", 0.07), ("SAB", 0.04), ("MUL", 0.03)]
    /// Children starting to be looked after: 27 per 10,000.
    var careStartRate = 0.0027
    /// Share of periods of care that are short, and the mean length of short and long ones in days,
    /// for 67 per 10,000 looked after at 31 March. Care ends at 18, so the stock needs periods of
    /// care started up to 18 years back (`HistorySimulator.run`'s `careWarmUp`): with six years of
    /// history a long mean of 1,350 days gave 52-57 and 1,700 days 55-59; with eighteen, a model
    /// of the stock puts 1,700 days at about 58, and 2,100 gave 66.9. Ceasing then runs at about
    /// the starting rate (25.4 against 26 starting per 10,000; England's 28 ceasing comes with a
    /// falling stock, which a steady rate of starts does not make).
    var shortCareShare = 0.33
    var shortCareMeanDays = 70.0
    var longCareMeanDays = 2_100.0
    /// Placement changes per year looked after. Moves cluster: a minority of periods of care
    /// (`placementMoverShare`) move often, the rest rarely, which gives both about 11% with 3 or
    /// more placements in a year and about 70% long-term stability (one rate of 0.32 for every
    /// child gave 3% with 3 or more).
    var placementMovesPerYear = (settled: 0.1, mover: 2.0)
    var placementMoverShare = 0.2
    /// Legal status changes per year.
    var legalChangesPerYear = 0.25
    /// Children going missing in a year while looked after (about 11%; 0.11 gave 5.6% computed, as
    /// the episodes spread over the whole period of care), and episodes each.
    var missingChildren = 0.18
    var missingMeanEpisodes = 3.0
    /// Placements at a change (foster care 68%, with family or friends 19%, residential 17%).
    var placements: [(String, Double)] = [
        ("U6", 0.37), ("U4", 0.14), ("U3", 0.09), ("U1", 0.06), ("U5", 0.01), ("U2", 0.01), ("K2", 0.12), ("P1", 0.06),
        ("K4", 0.05), ("R1", 0.015), ("S1", 0.01), ("A4", 0.015), ("A6", 0.015), ("K1", 0.004), ("R5", 0.006),
        ("Z1", 0.005), ("T4", 0.004), ("T0", 0.004), ("P2", 0.012),
    ]
    /// Legal status at the start of care.
    var startingStatus: [(String, Double)] = [("V2", 0.32), ("C1", 0.44), ("L2", 0.09), ("J1", 0.04), ("C2", 0.05),
                                              ("E1", 0.03), ("V3", 0.02), ("L1", 0.01)]
    /// Reasons a period of care ends (not at 18), calibrated on England's shares of children
    /// ceasing care in 2024-25 (LAIT, authorities' published counts and percentages pooled):
    /// returned home as part of the care plan 16.4% (E4A), not as part of it 3.9% (E4B), adopted
    /// 9.0% (E11, E12), special guardianship 12.0% (E45-E48), child arrangements orders 4.0% (E41).
    /// The weights are a little above those shares, since the periods that reach the 18th birthday
    /// end for other reasons; the ages-out reasons (E17, E5, E6) are in this mix too. Only REC depends on the draw, so the weights change no other record.
    var endings: [(String, Double)] = [
        ("E4A", 0.185), ("E4B", 0.045), ("E11", 0.055), ("E12", 0.045), ("E41", 0.045), ("E45", 0.06), ("E46", 0.02),
        ("E47", 0.035), ("E48", 0.02), ("E8", 0.15), ("E5", 0.09), ("E6", 0.035), ("E17", 0.045), ("E13", 0.03),
        ("E14", 0.05), ("E3", 0.04), ("E16", 0.02), ("E9", 0.02), ("E15", 0.005), ("E2", 0.002), ("E7", 0.003),
    ]
    /// Share of placements more than 20 miles from home (out of area).
    var outOfArea = 0.16
    /// OC2: SDQ returned for children aged 5-16 (77%), and the score's mean and spread (14.7).
    var sdqReturned = 0.77
    var sdqMean = 14.7
    var sdqSD = 7.3
    /// OC2: the share of children with each yes/no field 1, in the CSV's order after SDQ_REASON
    /// (CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE,
    /// INTERVENTION_RECEIVED, INTERVENTION_OFFERED): England's 2024-25 figures (convictions of
    /// children aged 10 and over, 2%; health assessments 90%, immunisations 84%, dental checks 81%,
    /// development assessments 88%, substance misuse 3%).
    var oc2Outcomes: [Double] = [0.02, 0.90, 0.84, 0.81, 0.88, 0.03, 0.41, 0.44]
    /// The share of boys first looked after aged 14 or over who are unaccompanied asylum-seeking
    /// children (England 2024-25: 22% of children starting care and 8% of those looked after were).
    var uascShare = 0.6
    /// OC3: activity, accommodation and contact, by age band 17-18 and 19-21.
    var eet = (youngest: 0.64, oldest: 0.54)
    var suitable = (youngest: 0.91, oldest: 0.88)
    var inTouch: [(String, Double)] = [("YES", 0.9), ("NO", 0.04), ("REFU", 0.025), ("NREQ", 0.02), ("RHOM", 0.01),
                                       ("DIED", 0.005)]
    /// Ages at referral, years (unborn as -1).
    var referralAges: [(range: ClosedRange<Int>, weight: Double)] = [
        (-1...(-1), 0.025), (0...0, 0.085), (1...4, 0.2), (5...9, 0.26), (10...15, 0.34), (16...17, 0.09),
    ]
    /// Ages at starting care.
    var careStartAges: [(range: ClosedRange<Int>, weight: Double)] = [
        (0...0, 0.19), (1...4, 0.14), (5...9, 0.15), (10...15, 0.38), (16...17, 0.14),
    ]
    /// Ethnicity of children (DfE CIN and CLA mixes, roughly).
    var ethnicities: [(String, Double)] = [
        ("WBRI", 0.66), ("WOTH", 0.05), ("WIRI", 0.003), ("WIRT", 0.003), ("WROM", 0.006), ("MWBC", 0.025),
        ("MWBA", 0.012), ("MWAS", 0.012), ("MOTH", 0.03), ("AIND", 0.012), ("APKN", 0.025), ("ABAN", 0.01),
        ("AOTH", 0.02), ("BCRB", 0.012), ("BAFR", 0.045), ("BOTH", 0.012), ("CHNE", 0.002), ("OOTH", 0.03),
        ("REFU", 0.006), ("NOBT", 0.025),
    ]
    /// Children with a disability recorded.
    var disabled = 0.1
}
