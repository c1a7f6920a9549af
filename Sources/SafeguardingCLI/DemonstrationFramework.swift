import SafeguardingData

/// The built-in demonstration: the bundled Blackpool outcomes framework (January 2024), linked
/// to the standard indicators it measures, for Blackpool against its 2025 statistical neighbours.
enum DemonstrationFramework {
    /// Blackpool (E06000009).
    static let authority = "E06000009"
    /// The framework's version, which is also the board date it was drawn up for.
    static let version = "2024-01"

    /// Which standard indicator each Blackpool row measures. Rows whose wording does not name
    /// one indicator unambiguously (care leavers in touch or in suitable accommodation, with no
    /// age band; local measures such as audits, attendance and Family Group Conferences) are
    /// left unlinked rather than guessed.
    static let links: [IndicatorID: IndicatorID] = [
        "OF1-03": "referrals.rate",
        "OF1-04": "referrals.repeat_within_12_months.percent",
        "OF1-05": "assessments.completed.rate",
        "OF1-06": "cla.interim_care_order_over_26_weeks.percent",
        "OF1-08": "cla.started.rate",
        "OF1-09": "cla.rate",
        "OF2-04": "cla.placement.family_network.percent",
        "OF3-01": "s47.rate",
        "OF3-02": "icpc.rate",
        "OF3-03": "cpp.rate",
        "OF3-04": "cpp.second_or_subsequent.percent",
        "OF4-01": "cla.interim_care_order_over_26_weeks.percent",
        "OF4-02": "cla.placement.foster.percent",
        "OF4-03": "cla.placement.residential.percent",
        "OF4-04": "cla.placement.over_20_miles.percent",
        "OF4-05": "cla.stability.long_term.percent",
        "OF4-06": "sdq.received.percent",
        "OF4-07": "sdq.average",
        "OF4-08": "sdq.concern.percent",
        "OF4-12": "care_leavers.eet.age_17_18.percent",
        "OF4-13": "care_leavers.eet.age_19_21.percent",
    ]

    /// The bundled framework with its rows linked (`computed_id`), as read, problems and all.
    static func load() throws(ToolError) -> FrameworkInput {
        var input = try FrameworkInput(path: ReferenceData.blackpoolFramework, name: "Blackpool outcomes framework",
                                       version: version)
        input.displayName = "blackpool_outcomes_framework_2024_01.csv (bundled)"
        for index in input.loaded.framework.indicators.indices {
            let id = input.loaded.framework.indicators[index].id
            if input.loaded.framework.indicators[index].computedID == nil, let link = links[id] {
                input.loaded.framework.indicators[index].computedID = link
            }
        }
        return input
    }
}
