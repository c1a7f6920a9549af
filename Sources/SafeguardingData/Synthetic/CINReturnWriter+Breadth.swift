/// What the CIN census of the generated returns adds for issue 20: the referral's source, the
/// factors identified at its assessment, the plans' review dates and, from the 2025-26 census (collection year 2026), the pre-proceedings
/// block. Each referral's values come from a stream of its own (seeded by its child and date),
/// so they are the same in every year's return that holds the referral, and drawing them leaves
/// the simulation's stream, and so every other record, as it was.
extension CINReturnWriter {
    /// The first collection year whose census has the `PreProceedingsandFGDM` block.
    static let firstPreProceedingsYear = 2026

    /// The extra values of one referral.
    struct Breadth {
        var source: String
        /// For each plan of the referral, its review dates (up to the plan's end).
        var reviews: [[Day]]
        /// The pre-proceedings, if any: start, the decision that ends them, and a court application.
        var preProceedings: (start: Day, decision: Day, court: Day?)?
        /// The factors identified at the end of the referral's assessment (`AssessmentFactors`).
        var factors: [String]
    }

    /// The share of England's 2024-25 episodes with factors identified at assessment that
    /// identified each factor (the DfE's c3: each column over Episodes_with_assessment_factor);
    /// private fostering is one column over five codes, drawn as 8F. Physical and sexual abuse
    /// by an unrecorded person (18A, 19A) were no longer used in 2024-25.
    static let factorShares: [(String, Double)] = [
        ("1A", 0.0207), ("1B", 0.1427), ("1C", 0.0226), ("2A", 0.0478), ("2B", 0.1415), ("2C", 0.031),
        ("3A", 0.1129), ("3B", 0.3174), ("3C", 0.0498), ("4A", 0.1761), ("4B", 0.3347), ("4C", 0.046),
        ("5A", 0.1232), ("5B", 0.0296), ("5C", 0.0146), ("6A", 0.0472), ("6B", 0.0538), ("6C", 0.0103),
        ("7A", 0.0369), ("8F", 0.0038), ("9A", 0.0124), ("10A", 0.033), ("11A", 0.0242), ("12A", 0.0044),
        ("13A", 0.0173), ("14A", 0.0701), ("15A", 0.0496), ("16A", 0.1761), ("17A", 0.1904), ("18B", 0.0298),
        ("18C", 0.1196), ("19B", 0.0245), ("19C", 0.0368), ("22A", 0.0015), ("23A", 0.0044), ("24A", 0.0317),
        ("20", 0.1632),
    ]

    /// The extra values of `referral`, drawn from its own stream.
    func breadth(of referral: SyntheticHistory.Referral) -> Breadth {
        let child = history.children[referral.child]
        var random = SyntheticRandom(seed: UInt64(truncatingIfNeeded: child.id) &* 0x9E37_79B9_7F4A_7C15
                                        ^ UInt64(truncatingIfNeeded: Int(referral.date.dayNumber)),
                                     stream: "cin-breadth-" + history.authority.code)
        // England 2024-25 (the DfE's referrals by source): police 29%, schools 21%, health 15%,
        // LA services 12%, individuals 8%, other 15%.
        let source = random.pick([("6", 0.29), ("2A", 0.19), ("2B", 0.02), ("3A", 0.03), ("3B", 0.02), ("3C", 0.01),
                                  ("3D", 0.02), ("3E", 0.04), ("3F", 0.03), ("4", 0.02), ("5A", 0.04), ("5B", 0.03),
                                  ("5C", 0.03), ("5D", 0.02), ("1A", 0.05), ("1B", 0.01), ("1C", 0.01), ("1D", 0.01),
                                  ("7", 0.04), ("8", 0.05), ("9", 0.01), ("10", 0.03)])
        var reviews: [[Day]] = []
        for plan in referral.plans {
            var dates: [Day] = []
            // The first review is due within 3 months of the start, each later one within 6 months.
            var due = plan.start.adding(months: 3)
            while due < plan.end {
                let late = random.chance(0.08)
                let day = late ? due.advanced(by: random.int(1...30)) : due.advanced(by: -random.int(0...20))
                guard day < plan.end else { break }
                dates.append(day)
                due = day.adding(months: 6)
            }
            reviews.append(dates)
        }
        var preProceedings: (Day, Day, Day?)?
        if let plan = referral.plans.first, random.chance(0.3) {
            let start = plan.start.advanced(by: random.int(20...150))
            let decision = start.advanced(by: random.int(40...220))
            preProceedings = (start, decision, random.chance(0.3) ? decision : nil)
        }
        // Drawn last, so the values above are those drawn before factors were generated. An
        // assessment that identified none records 21 (no factors identified).
        var factors = CINReturnWriter.factorShares.filter { random.chance($0.1) }.map(\.0)
        if factors.isEmpty { factors = ["21"] }
        return Breadth(source: source, reviews: reviews, preProceedings: preProceedings, factors: factors)
    }

    /// Writes the pre-proceedings block of a referral into a census of 2025-26 or later, when the
    /// block started by the year's end and had not ended before it began.
    func writePreProceedings(_ block: (start: Day, decision: Day, court: Day?)?, into xml: inout OutputBuffer) {
        guard year >= CINReturnWriter.firstPreProceedingsYear, let block else { return }
        let start = period.start, end = period.end
        guard block.start <= end, block.decision >= start else { return }
        xml.open("PreProceedingsandFGDM", indent: 8)
        xml.element("PPStartDate", date: block.start, indent: 10)
        xml.element("LBPSentDate", date: block.start.advanced(by: 5), indent: 10)
        xml.element("FGDMMeetingOffer", "1", indent: 10)
        if block.decision <= end {
            xml.element("StepDecisionDate", date: block.decision, indent: 10)
            xml.element("PPOutcome", block.court == nil ? "B" : "A", indent: 10)
        }
        if let court = block.court, court <= end { xml.element("CourtAppDate", date: court, indent: 10) }
        xml.close("PreProceedingsandFGDM", indent: 8)
    }
}
