/// One entry in an authority's list of statistical neighbours: who, at what rank, how close.
///
/// ```swift
/// let first = StatisticalNeighbour(code: "E06000001", rank: 1, closeness: .veryClose)
/// print(first.rank, first.closeness?.publishedText ?? "-")   // 1 very close
/// ```
@frozen
public struct StatisticalNeighbour: Sendable, Hashable {
    /// The neighbour's E-code (or any code the directory in use resolves).
    public var code: String
    /// The rank, 1 being the most similar authority.
    public var rank: Int
    /// The published closeness band, when the list has one.
    public var closeness: NeighbourCloseness?

    /// Creates a neighbour entry.
    ///
    /// - Precondition: `rank` is 1 or more.
    public init(code: String, rank: Int, closeness: NeighbourCloseness?) {
        precondition(rank >= 1, "a neighbour's rank starts at 1")
        self.code = code
        self.rank = rank
        self.closeness = closeness
    }
}
