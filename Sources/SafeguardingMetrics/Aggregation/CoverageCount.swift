/// A count of records that could not be fully classified, next to the value they affect.
@frozen
public struct CoverageCount: Sendable, Hashable {
    /// What could not be classified.
    public var kind: CoverageKind
    /// How many records.
    public var count: Int64

    /// Creates a coverage count.
    public init(kind: CoverageKind, count: Int64) {
        self.kind = kind
        self.count = count
    }
}
