/// A small, fast, seeded random number generator (Steele, Lea and Flood's SplitMix64).
///
/// The same seed gives the same numbers on every platform and Swift version, which makes
/// synthetic cohorts and property tests reproducible. Not for anything that needs secrecy.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let day = Int.random(in: 0..<365, using: &random)
/// ```
@frozen
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline var state: UInt64

    /// A generator starting from `seed`.
    @inlinable
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
