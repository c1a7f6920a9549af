/// One statistical neighbour's line in a comparison: who it is, its rank and closeness, and its
/// value.
///
/// ```swift
/// for neighbour in comparison.neighbours {
///     print(neighbour.rank, neighbour.authority.name, neighbour.value?.published.description ?? "no row")
/// }
/// // 1 Hartlepool 157 ...
/// ```
@frozen
public struct NeighbourValue: Sendable, Hashable {
    /// The neighbouring authority.
    public var authority: LocalAuthority
    /// Its rank in the list, 1 being the most similar.
    public var rank: Int
    /// Its published closeness band, when the list has one.
    public var closeness: NeighbourCloseness?
    /// Its value, or `nil` when the data has no row for it.
    public var value: IndicatorValue?

    /// Creates a neighbour line.
    public init(authority: LocalAuthority, rank: Int, closeness: NeighbourCloseness?, value: IndicatorValue?) {
        self.authority = authority
        self.rank = rank
        self.closeness = closeness
        self.value = value
    }
}
