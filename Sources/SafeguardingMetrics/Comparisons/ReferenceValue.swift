/// A region's or England's value for a comparison.
///
/// The published figure is used when there is one: the DfE computes regional and national
/// figures from unrounded counts, which the published local-authority rows do not carry exactly
/// (regional counts are published rounded to the nearest 10). Without one, the value is pooled
/// from the authorities in the area whose counts are known, and ``pooledAuthorities`` says how
/// many they were.
///
/// ```swift
/// if let england = comparison.england.value {
///     print(comparison.england.name, england.rounded(toDecimals: 0), comparison.england.source)
///     // England 67 published
/// }
/// ```
@frozen
public struct ReferenceValue: Sendable, Hashable {
    /// The region or England.
    public var area: Area
    /// The area's name.
    public var name: String
    /// The published cell, when the source had a row for the area.
    public var published: PublishedValue?
    /// The value used for comparisons, exact; `nil` when ``source`` is ``ReferenceSource/unavailable``.
    public var value: Rational?
    /// Where ``value`` came from.
    public var source: ReferenceSource
    /// How many authorities were pooled (0 unless ``source`` is ``ReferenceSource/pooledFromAuthorities``).
    public var pooledAuthorities: Int

    /// Creates a reference value from its parts.
    public init(area: Area, name: String, published: PublishedValue?, value: Rational?, source: ReferenceSource,
                pooledAuthorities: Int) {
        self.area = area
        self.name = name
        self.published = published
        self.value = value
        self.source = source
        self.pooledAuthorities = pooledAuthorities
    }

    /// The area's published number when there is one, otherwise Σ numerators / Σ denominators of
    /// `authorities` scaled by `unit`'s ``MeasureUnit/poolingMultiplier``.
    ///
    /// - Complexity: O(n) in the number of authorities.
    public init(area: Area, name: String, published: IndicatorValue?, authorities: [IndicatorValue?], unit: MeasureUnit) {
        if let number = published?.number {
            self.init(area: area, name: name, published: published?.published, value: Rational(number),
                      source: .published, pooledAuthorities: 0)
            return
        }
        let pooled = NeighbourComparator(.pooled, of: authorities, unit: unit)
        self.init(area: area, name: name, published: published?.published, value: pooled.value,
                  source: pooled.value == nil ? .unavailable : .pooledFromAuthorities,
                  pooledAuthorities: pooled.value == nil ? 0 : pooled.neighboursWithValue)
    }
}
