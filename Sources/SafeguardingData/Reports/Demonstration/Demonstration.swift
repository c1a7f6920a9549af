import SafeguardingMetrics

/// The built-in demonstration: the bundled Blackpool outcomes framework (January 2024), its rows
/// linked to the standard indicators they measure, judged for Blackpool against its 2025
/// statistical neighbours, with actuals computed from a deterministic synthetic cohort generated
/// in memory.
///
/// The records are synthetic (``SyntheticCohort``, seed ``seed``), calibrated on England's
/// 2024-25 figures and scaled to the authority's real ONS population; they are not the
/// authority's data, and every report that uses them says so. Nothing is written to disk.
///
/// ```swift
/// let loaded = try Demonstration.framework()
/// let authority = try ReferenceData.localAuthorityDirectory()[Demonstration.authority]!
/// let returns = try Demonstration.returns(for: authority)!
/// let actuals = FrameworkActuals(framework: loaded.framework, at: "2024-01", returns: returns, area: 0,
///                                computedFrom: Demonstration.description(of: authority), synthetic: true)
/// ```
public enum Demonstration {
    /// Blackpool (E06000009).
    public static let authority = "E06000009"
    /// The framework's version, which is also the board date it was drawn up for.
    public static let version = "2024-01"
    /// The framework's name.
    public static let frameworkName = "Blackpool outcomes framework"
    /// The generator's seed: the same seed always gives the same records.
    public static let seed: UInt64 = 903
    /// The collection years generated: enough history for the framework's 2023-10 actuals (the 12
    /// months ending 31 October 2023) and their look-backs (re-referrals within 12 months,
    /// long-term stability over 30 months).
    public static let years = 2021...2024

    /// Which standard indicator each Blackpool row measures. Rows whose wording does not name
    /// one indicator unambiguously (local measures such as audits, attendance and Family Group
    /// Conferences) are left unlinked rather than guessed.
    ///
    /// The care leavers in touch (OF4-11) and in suitable accommodation (OF4-15) are all care
    /// leavers, so they are the 17-21 indicators. The children safely returned to their family
    /// (OF2-03, a number) are the numerator of `cla.ceased.returned_home.percent`: children who
    /// ceased care to return home to parents or others with parental responsibility as part of
    /// the care plan (REC E4A). A planned return is the one a care plan judged safe; E4B (a
    /// return not in the plan) is not counted, and special guardianship and child arrangements
    /// orders are permanence with other carers rather than a return. The children supported via
    /// pre-proceedings (OF3-05, a number) are the numerator of `preproceedings.rate`, children in
    /// pre-proceedings at the date: computed from 2025-26 CIN census returns on, and not held by
    /// the demonstration's earlier years, so its typed-in actuals stand.
    public static let links: [FrameworkRowID: IndicatorID] = [
        "OF1-03": "referrals.rate",
        "OF1-04": "referrals.repeat_within_12_months.percent",
        "OF1-05": "assessments.completed.rate",
        "OF1-06": "cla.interim_care_order_over_26_weeks.percent",
        "OF1-08": "cla.started.rate",
        "OF1-09": "cla.rate",
        "OF2-03": "cla.ceased.returned_home.percent",
        "OF2-04": "cla.placement.family_network.percent",
        "OF3-01": "s47.rate",
        "OF3-02": "icpc.rate",
        "OF3-03": "cpp.rate",
        "OF3-04": "cpp.second_or_subsequent.percent",
        "OF3-05": "preproceedings.rate",
        "OF4-01": "cla.interim_care_order_over_26_weeks.percent",
        "OF4-02": "cla.placement.foster.percent",
        "OF4-03": "cla.placement.residential.percent",
        "OF4-04": "cla.placement.over_20_miles.percent",
        "OF4-05": "cla.stability.long_term.percent",
        "OF4-06": "sdq.received.percent",
        "OF4-07": "sdq.average",
        "OF4-08": "sdq.concern.percent",
        "OF4-11": "care_leavers.in_touch.age_17_21.percent",
        "OF4-12": "care_leavers.eet.age_17_18.percent",
        "OF4-13": "care_leavers.eet.age_19_21.percent",
        "OF4-15": "care_leavers.suitable_accommodation.age_17_21.percent",
    ]

    /// The bundled Blackpool framework with its rows linked (``links``), as read, problems and all.
    ///
    /// - Throws: ``DataError`` when the bundled file cannot be read.
    public static func framework() throws(DataError) -> LoadedFramework {
        var loaded = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, name: frameworkName, version: version)
        loaded.framework = loaded.framework.linking(links)
        return loaded
    }

    /// In words, for a report: what the demonstration's actuals are computed from.
    public static func description(of authority: LocalAuthority) -> String {
        "a synthetic demonstration cohort (not real data): \(authority.name)-sized, seed \(seed), "
            + "collection years \(years.lowerBound) to \(years.upperBound)"
    }

    /// The demonstration's returns for `authority`, generated and read in memory: its synthetic
    /// cohort (scaled to its bundled ONS populations), the bundled population estimates and the
    /// generated postcode positions; `nil` when the authority is not a current one with bundled
    /// population estimates.
    ///
    /// - Throws: ``DataError`` when the bundled reference files cannot be read.
    public static func returns(for authority: LocalAuthority,
                               directory: LocalAuthorityDirectory? = nil) throws(DataError) -> ReturnSet? {
        guard let synthetic = try SyntheticAuthority.bundled().first(where: { $0.code == authority.code }),
              !synthetic.population.isEmpty else { return nil }
        let generated = SyntheticCohort(authorities: [synthetic], years: years, seed: seed).generate()
        return try ReturnSet(ssda903: generated.ssda903, cin: generated.cin, population: nil,
                             postcodes: generated.postcodes, directory: directory)
    }
}
