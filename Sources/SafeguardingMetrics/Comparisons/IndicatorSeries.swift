/// Every area's value of one indicator in one year: one slot per local authority (in directory
/// order), the regions, and England.
///
/// A slot is `nil` when the source had no row for the authority; a published symbol is a value
/// (``IndicatorValue/published`` is `.symbol`), not a missing row.
///
/// ```swift
/// if let series = table[IndicatorID("cla.rate"), 2025] {
///     let blackpool = table.directory.index(of: "E06000009")!
///     print(series.authorities[blackpool]?.published ?? "no row")   // 184
///     print(series.england?.published ?? "no row")                   // 67
/// }
/// ```
@frozen
public struct IndicatorSeries: Sendable, Hashable {
    /// The indicator.
    public let indicator: IndicatorID
    /// The year (for DfE data, the collection year: 2025 is the year ending 31 March 2025).
    public let year: Int
    /// Each authority's value, indexed as the table's ``LocalAuthorityDirectory``.
    public internal(set) var authorities: [IndicatorValue?]
    /// Each region's value, by the region's name as the source wrote it.
    public internal(set) var regions: [String: IndicatorValue]
    /// England's value.
    public internal(set) var england: IndicatorValue?

    /// Creates an empty series for `authorityCount` authorities.
    public init(indicator: IndicatorID, year: Int, authorityCount: Int) {
        self.indicator = indicator
        self.year = year
        self.authorities = Array(repeating: nil, count: authorityCount)
        self.regions = [:]
        self.england = nil
    }

    /// The value of the region named `name` (without regard to case), if any.
    ///
    /// - Complexity: O(r) in the number of regions (about a dozen).
    public func region(named name: String) -> IndicatorValue? {
        if let value = regions[name] { return value }
        let wanted = name.lowercased()
        return regions.first { $0.key.lowercased() == wanted }?.value
    }

    /// The number of authorities with a published number (not a symbol, not missing).
    public var authoritiesWithNumber: Int {
        authorities.reduce(0) { $0 + ($1?.number == nil ? 0 : 1) }
    }
}
