/// One statutory return loaded into a cohort: which authority and collection year it covers,
/// and which file it came from.
@frozen
public struct CohortReturn: Sendable, Hashable {
    /// The authority: an index into ``Cohort/authorities``.
    public var authority: UInt16
    /// The collection year (2025 = the year ending 31 March 2025).
    public var collectionYear: Int
    /// The return: SSDA903 or CIN census.
    public var source: IndicatorSource
    /// The file or folder it was read from.
    public var file: String

    /// Creates a return description.
    public init(authority: UInt16, collectionYear: Int, source: IndicatorSource, file: String) {
        self.authority = authority
        self.collectionYear = collectionYear
        self.source = source
        self.file = file
    }
}
