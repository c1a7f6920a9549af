import Testing
import SafeguardingMetrics
@testable import SafeguardingData

@Suite("Published DfE columns")
struct PublishedMappingTests {
    @Test("The DfE published-data mapping, derived from the catalogue, is INDICATORS.md section 8's")
    func publishedMapping() {
        let contract: Set<PublishedColumn> = [
            PublishedColumn(indicator: "cla.rate", value: "cla_31mar_rate_per_10000", numerator: "cla_31mar_count",
                            denominator: "pop_0_17_prev_mid_year"),
            PublishedColumn(indicator: "cla.started.rate", value: "cla_started_rate_per_10000", numerator: "cla_started_count",
                            denominator: "pop_0_17_prev_mid_year"),
            PublishedColumn(indicator: "cla.ceased.rate", value: "cla_ceased_rate_per_10000", numerator: "cla_ceased_count",
                            denominator: "pop_0_17_prev_mid_year"),
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
            PublishedColumn(indicator: "sdq.concern.percent", value: "sdq_concern_percent", numerator: "sdq_concern",
                            denominator: "sdq_received"),
            PublishedColumn(indicator: "cin.rate", value: "lait_cin_rate_per_10000", numerator: "cin_31mar_count",
                            denominator: "pop_0_17_prev_mid_year"),
            PublishedColumn(indicator: "cpp.rate", value: "lait_cpp_31mar_rate_per_10000", numerator: "cpp_31mar_count",
                            denominator: "pop_0_17_prev_mid_year"),
            PublishedColumn(indicator: "s47.rate", value: "lait_s47_rate_per_10000"),
            PublishedColumn(indicator: "referrals.rate", value: "lait_referral_rate_per_10000", numerator: "referral_count",
                            denominator: "pop_0_17_prev_mid_year"),
            PublishedColumn(indicator: "assessments.within_45_working_days.percent", value: "lait_assess_45wd_percent"),
            PublishedColumn(indicator: "icpc.within_15_working_days.percent", value: "lait_icpc_15wd_percent"),
        ]
        let derived = PublishedColumn.dfeChildrensSocialCare
        #expect(derived.count == contract.count && Set(derived) == contract)
        let order = IndicatorCatalogue.standard.indicators.map(\.id)
        #expect(derived.map(\.indicator) == order.filter { id in derived.contains { $0.indicator == id } })
    }
}
