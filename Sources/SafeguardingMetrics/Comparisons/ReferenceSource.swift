/// Where a region's or England's comparison value came from.
///
/// ```swift
/// ReferenceSource.pooledFromAuthorities.rawValue   // "pooled_from_authorities"
/// ```
@frozen
public enum ReferenceSource: String, Sendable, Hashable, CaseIterable, Codable {
    /// The published figure for the region or England.
    case published
    /// No published figure: Σ numerators / Σ denominators of the authorities in the area.
    case pooledFromAuthorities = "pooled_from_authorities"
    /// Neither a published figure nor authority counts: no value.
    case unavailable
}
