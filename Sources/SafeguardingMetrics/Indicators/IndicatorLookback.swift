/// How far before its period an indicator reads history, as a window of the
/// ``AggregationConfiguration``.
///
/// An indicator that looks back sees only the returns that are loaded: when the earliest one
/// starts after the day it looks back to, each result carries a note that the history is too
/// short.
///
/// ```swift
/// let lookback = IndicatorCatalogue.standard["referrals.repeat_within_12_months.percent"]!.lookback!
/// lookback.earliestDay(for: .collectionYear(2025), configuration: AggregationConfiguration())   // 2023-04-01
/// ```
@frozen
public enum IndicatorLookback: String, Sendable, Hashable, CaseIterable, Codable {
    /// The re-referral window: ``AggregationConfiguration/rereferralWindowMonths`` months before
    /// the period start (a referral on the first day looks back that far).
    case rereferralWindow = "rereferral_window"
    /// Long-term stability's time in care: ``AggregationConfiguration/longTermCareMonths``
    /// months before the period end.
    case longTermCare = "long_term_care"
    /// An interim care order's run: ``AggregationConfiguration/interimCareOrderDays`` days before
    /// the period end.
    case interimCareOrder = "interim_care_order"

    /// The earliest day the indicator needs records from, for `period` under `configuration`.
    public func earliestDay(for period: ReportingPeriod, configuration: AggregationConfiguration) -> Day {
        switch self {
        case .rereferralWindow: period.start.adding(months: -configuration.rereferralWindowMonths)
        case .longTermCare: period.end.adding(months: -configuration.longTermCareMonths)
        case .interimCareOrder: period.end.adding(days: -configuration.interimCareOrderDays)
        }
    }

    /// The window in words, with its default and the setting that changes it.
    public var explanation: String {
        switch self {
        case .rereferralWindow:
            "12 months before the period start (AggregationConfiguration.rereferralWindowMonths)"
        case .longTermCare:
            "30 months before the period end (AggregationConfiguration.longTermCareMonths)"
        case .interimCareOrder:
            "182 days before the period end (AggregationConfiguration.interimCareOrderDays)"
        }
    }
}
