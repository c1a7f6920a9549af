import SafeguardingMetrics

/// Hand-made framework rows for the framework tests.
enum Rows {
    /// A decimal from its written form: `d("14.5")`.
    static func d(_ text: String) -> FixedDecimal { FixedDecimal(text)! }

    /// A row with the given points; a rate per 10,000, lower is better, whole numbers, unless told.
    static func row(id: FrameworkRowID = "R1", unit: MeasureUnit = .ratePer10k, polarity: Polarity = .lower,
                    decimals: Int = 0, computedID: IndicatorID? = nil, title: String = "Referral rate",
                    _ points: [FrameworkPoint]) -> FrameworkIndicator {
        FrameworkIndicator(id: id, outcome: "Help", title: title, unit: unit, polarity: polarity, decimals: decimals,
                           computedID: computedID, points: points)
    }

    /// The §5 worked example: baseline 833 (2023-04), targets 825 (2023-10) and 810 (2024-03).
    static let workedExample = row(id: "OF1-03", computedID: "referrals.rate", [
        .baseline("2023-04", d("833")), .target("2023-10", d("825")), .target("2024-03", d("810")),
    ])

    /// A one-row framework.
    static func framework(_ rows: FrameworkIndicator...) -> OutcomesFramework {
        OutcomesFramework(name: "Test", version: "1", indicators: rows)
    }

    /// The only row of a scorecard of one row at `date`.
    static func scorecardRow(_ row: FrameworkIndicator, at date: FrameworkDate, computed: [ComputedActual] = [],
                             settings: ScorecardSettings = ScorecardSettings()) -> ScorecardRow {
        Scorecard(framework: framework(row), at: date, computed: computed, settings: settings).rows[0]
    }
}
