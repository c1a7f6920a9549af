/// What a framework indicator is compared with.
///
/// The raw values are the snake-case names used in JSON and CSV.
///
/// ```swift
/// FrameworkComparator(rawValue: "statistical_neighbours") // .statisticalNeighbours
/// ```
@frozen
public enum FrameworkComparator: String, Sendable, Hashable, CaseIterable, Codable {
    /// The authority's statistical neighbours (INDICATORS.md §6).
    case statisticalNeighbours = "statistical_neighbours"
    /// England.
    case england
    /// The authority's region.
    case region

    /// A short name for tables: "statistical neighbours", "England", "region".
    public var displayName: String {
        switch self {
        case .statisticalNeighbours: "statistical neighbours"
        case .england: "England"
        case .region: "region"
        }
    }
}
