/// Why a comparison could not be made.
///
/// ```swift
/// do {
///     _ = try comparer.compare("E99999999", indicator: "cla.rate", year: 2025)
/// } catch {
///     print(error)   // no local authority has the code 'E99999999'
/// }
/// ```
@frozen
public enum ComparisonError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No authority in the directory has this code, number or name.
    case unknownAuthority(String)
    /// The catalogue in use has no indicator with this identifier (so no polarity or precision).
    case unknownIndicator(IndicatorID)
    /// The table has no values for this indicator and year.
    case noData(IndicatorID, year: Int)

    /// A sentence naming what is missing.
    public var description: String {
        switch self {
        case .unknownAuthority(let code): "no local authority has the code '\(code)'"
        case .unknownIndicator(let id): "the indicator catalogue has no indicator '\(id)'"
        case .noData(let id, let year): "there are no values of '\(id)' for \(year)"
        }
    }
}
