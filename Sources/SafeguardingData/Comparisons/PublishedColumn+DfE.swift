import SafeguardingMetrics

extension PublishedColumn {
    /// The columns of the bundled `la_csc_indicators_2024_2025.csv` and the standard indicators
    /// they carry (INDICATORS.md §8), with numerators and denominators where the file has them.
    ///
    /// Counts are kept for every indicator whose published value the DfE computes from those
    /// counts (checked on 4,116 local-authority values). Two exceptions:
    /// - The care-leaver suitable-accommodation percentages have no counts here. The file's
    ///   `cl*_suitable_count / cl*_total` does not reproduce the published percentage in 151 of
    ///   387 rows (the DfE leaves care leavers whose accommodation is not known out of the
    ///   denominator, and the file does not carry that denominator), so a pooled value from those
    ///   columns would not be the DfE's.
    /// - `sdq.average` and the LAIT-only `s47.rate` and timeliness percentages have no counts in
    ///   the file.
    ///
    /// ```swift
    /// let table = try IndicatorTable.read(path: ReferenceData.publishedIndicators2024And2025,
    ///                                     columns: PublishedColumn.dfeChildrensSocialCare, directory: directory)
    /// ```
    public static let dfeChildrensSocialCare: [PublishedColumn] = [
        PublishedColumn(indicator: "cla.rate", value: "cla_31mar_rate_per_10000",
                        numerator: "cla_31mar_count", denominator: "pop_0_17_prev_mid_year"),
        PublishedColumn(indicator: "cla.started.rate", value: "cla_started_rate_per_10000",
                        numerator: "cla_started_count", denominator: "pop_0_17_prev_mid_year"),
        PublishedColumn(indicator: "cla.ceased.rate", value: "cla_ceased_rate_per_10000",
                        numerator: "cla_ceased_count", denominator: "pop_0_17_prev_mid_year"),
        PublishedColumn(indicator: "referrals.repeat_within_12_months.percent", value: "rereferral_percent",
                        numerator: "rereferral_count", denominator: "referral_count"),
        PublishedColumn(indicator: "cpp.second_or_subsequent.percent", value: "cpp_subsequent_percent",
                        numerator: "cpp_subsequent", denominator: "cpp_start"),
        PublishedColumn(indicator: "cpp.open_2_years_or_more.percent", value: "cpp_31mar_2yrs_plus_percent",
                        numerator: "cpp_31mar_2yrs_plus", denominator: "cpp_31mar_count"),
        PublishedColumn(indicator: "cla.stability.three_or_more_placements.percent", value: "stab_3plus_percent",
                        numerator: "stab_3plus_count", denominator: "stab_cla_31mar_total"),
        PublishedColumn(indicator: "cla.stability.long_term.percent", value: "stab_longterm_percent",
                        numerator: "stab_longterm_count", denominator: "stab_longterm_total"),
        PublishedColumn(indicator: "care_leavers.eet.age_17_18.percent", value: "cl17_18_eet_percent",
                        numerator: "cl17_18_eet_count", denominator: "cl17_18_total"),
        PublishedColumn(indicator: "care_leavers.eet.age_19_21.percent", value: "cl19_21_eet_percent",
                        numerator: "cl19_21_eet_count", denominator: "cl19_21_total"),
        PublishedColumn(indicator: "care_leavers.suitable_accommodation.age_17_18.percent", value: "cl17_18_suitable_percent"),
        PublishedColumn(indicator: "care_leavers.suitable_accommodation.age_19_21.percent", value: "cl19_21_suitable_percent"),
        PublishedColumn(indicator: "sdq.average", value: "sdq_avg_score"),
        PublishedColumn(indicator: "sdq.concern.percent", value: "sdq_concern_percent",
                        numerator: "sdq_concern", denominator: "sdq_received"),
        PublishedColumn(indicator: "cin.rate", value: "lait_cin_rate_per_10000",
                        numerator: "cin_31mar_count", denominator: "pop_0_17_prev_mid_year"),
        PublishedColumn(indicator: "cpp.rate", value: "lait_cpp_31mar_rate_per_10000",
                        numerator: "cpp_31mar_count", denominator: "pop_0_17_prev_mid_year"),
        PublishedColumn(indicator: "s47.rate", value: "lait_s47_rate_per_10000"),
        PublishedColumn(indicator: "referrals.rate", value: "lait_referral_rate_per_10000",
                        numerator: "referral_count", denominator: "pop_0_17_prev_mid_year"),
        PublishedColumn(indicator: "assessments.within_45_working_days.percent", value: "lait_assess_45wd_percent"),
        PublishedColumn(indicator: "icpc.within_15_working_days.percent", value: "lait_icpc_15wd_percent"),
    ]
}
