#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The generator's random numbers: ``SplitMix64``, so a seed gives the same cohort on every machine,
/// with the few distributions the simulation needs.
struct SyntheticRandom: RandomNumberGenerator {
    private var base: SplitMix64

    /// A generator for one authority of one dataset: the same seed and code always give the same
    /// stream, whatever else is generated.
    init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        base = SplitMix64(seed: seed ^ hash)
    }

    mutating func next() -> UInt64 { base.next() }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// Exponential with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * log(1 - unit()) }

    /// Normal with the given mean and standard deviation (Box-Muller).
    mutating func normal(mean: Double, sd: Double) -> Double {
        let u = max(unit(), 1e-300), v = unit()
        return mean + sd * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Poisson with the given mean (Knuth for small means, normal approximation above 60).
    mutating func poisson(mean: Double) -> Int {
        if mean > 60 { return max(0, Int(normal(mean: mean, sd: mean.squareRoot()).rounded())) }
        let limit = exp(-mean)
        var product = unit()
        var count = 0
        while product > limit {
            product *= unit()
            count += 1
        }
        return count
    }

    /// An index drawn with probability proportional to `weights`.
    mutating func pick(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// A code drawn from `(code, weight)` pairs.
    mutating func pick(_ table: [(String, Double)]) -> String { table[pick(table.map(\.1))].0 }
}
