/// What a framework row's targets are, and so how a part-year actual of a flow count or rate is
/// judged against them (``PeriodBasis``). The raw values are the JSON spellings; a framework CSV's
/// `target_basis` column also reads `12 months`, `annual`, `pro rata` and `pro-rated`.
///
/// ```swift
/// // 435 per 10,000 over 275 days, against a 12-month target of 800:
/// // .twelveMonths judges 577 (annualised from 275 days) against 800;
/// // .proRated judges 435 against 603 (800 pro-rated to 275 days).
/// ```
@frozen
public enum TargetBasis: String, Sendable, Hashable, CaseIterable, Codable {
    /// Targets are 12-month figures; a part-year flow actual is annualised by days (the default).
    case twelveMonths = "12_months"
    /// Targets are pro-rated to the actual's period by days; the actual is judged as counted.
    case proRated = "pro_rated"

    /// How the basis is written in a framework CSV: `12 months`, `pro rata`.
    public var written: String {
        switch self {
        case .twelveMonths: "12 months"
        case .proRated: "pro rata"
        }
    }
}
