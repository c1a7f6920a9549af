/// An exact decimal number: an integer count of units of 10⁻ᵈ, as published figures are written.
///
/// `FixedDecimal(units: 163, decimals: 1)` is 16.3. Published and displayed values are
/// `FixedDecimal`s, so "16.3" as published and 16.3 computed from 42/224... rounded to
/// one place compare exactly, with no binary floating-point error.
///
/// Equality and ordering are by value (`19` equals `19.0`); the number of decimals is kept so a
/// value prints as it was written or rounded.
///
/// ```swift
/// let published = FixedDecimal(units: 188, decimals: 1)
/// print(published)                          // 18.8
/// print(published == FixedDecimal(18.8))    // true
/// ```
@frozen
public struct FixedDecimal: Sendable, Hashable, Comparable {
    /// The value multiplied by 10^``decimals``.
    public var units: Int64
    /// The number of digits after the decimal point, 0 through 18.
    public var decimals: Int

    /// Creates the value `units` × 10^-`decimals`.
    ///
    /// - Precondition: `decimals` is 0 through 18.
    @inlinable
    public init(units: Int64, decimals: Int) {
        precondition((0...18).contains(decimals), "decimals must be 0...18")
        self.units = units
        self.decimals = decimals
    }

    /// Creates a whole number.
    @inlinable
    public init(_ integer: Int64) {
        self.init(units: integer, decimals: 0)
    }

    /// The value as a `Double` (for charts and statistics, not for comparisons).
    @inlinable
    public var doubleValue: Double { Double(units) / FixedDecimal.powerOfTen(decimals) }

    /// 10^n as a `Double`, exact for n ≤ 22.
    @usableFromInline
    static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// 10^n as an `Int128`.
    @usableFromInline
    static func integerPowerOfTen(_ n: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// The units at `decimals` places (exact, since it only appends zeros).
    @usableFromInline
    func units(at places: Int) -> Int128 {
        Int128(units) * FixedDecimal.integerPowerOfTen(places - decimals)
    }

    /// Compares by value, whatever the number of decimals.
    @inlinable
    public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let places = max(lhs.decimals, rhs.decimals)
        return lhs.units(at: places) == rhs.units(at: places)
    }

    /// Orders by value.
    @inlinable
    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let places = max(lhs.decimals, rhs.decimals)
        return lhs.units(at: places) < rhs.units(at: places)
    }

    /// Hashes the value with trailing zeros removed, so equal values hash equally.
    public func hash(into hasher: inout Hasher) {
        var u = units
        var d = decimals
        while d > 0, u % 10 == 0 { u /= 10; d -= 1 }
        hasher.combine(u)
        hasher.combine(d)
    }

    /// This value rounded half up (away from zero) to `places` decimals; values with fewer
    /// decimals are returned with zeros appended.
    ///
    /// ```swift
    /// FixedDecimal(units: 1625, decimals: 2).rounded(toDecimals: 1) // 16.3
    /// ```
    /// - Precondition: `places` is 0 through 18.
    @inlinable
    public func rounded(toDecimals places: Int) -> FixedDecimal {
        precondition((0...18).contains(places), "decimals must be 0...18")
        if places >= decimals {
            let scaled = units(at: places)
            precondition(scaled <= Int128(Int64.max) && scaled >= Int128(Int64.min), "value too large")
            return FixedDecimal(units: Int64(scaled), decimals: places)
        }
        let divisor = FixedDecimal.integerPowerOfTen(decimals - places)
        let q = Rounding.divideHalfUp(Int128(units), by: divisor)
        return FixedDecimal(units: Int64(q), decimals: places)
    }

    /// The difference `self − other`, exact, at the larger number of decimals.
    @inlinable
    public func subtracting(_ other: FixedDecimal) -> FixedDecimal {
        let places = max(decimals, other.decimals)
        let difference = units(at: places) - other.units(at: places)
        precondition(difference <= Int128(Int64.max) && difference >= Int128(Int64.min), "value too large")
        return FixedDecimal(units: Int64(difference), decimals: places)
    }
}

extension FixedDecimal {
    /// Creates the decimal nearest to `value` with `decimals` places, rounding half up; `nil` when
    /// the value is not finite or too large.
    ///
    /// Meant for literals and for values that arrive as binary floating point; computed
    /// indicators are rounded from their integer numerator and denominator instead.
    public init?(_ value: Double, decimals: Int = 1) {
        guard value.isFinite, (0...18).contains(decimals) else { return nil }
        let scaled = value * FixedDecimal.powerOfTen(decimals)
        guard abs(scaled) < 9.2e18 else { return nil }
        let rounded = scaled >= 0 ? (scaled + 0.5).rounded(.down) : (scaled - 0.5).rounded(.up)
        self.init(units: Int64(rounded), decimals: decimals)
    }
}

extension FixedDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// The value with exactly ``decimals`` digits after the point: `18.8`, `0.0`, `-2.5`, `384`.
    public var description: String {
        let negative = units < 0
        let magnitude = units.magnitude
        var digits = String(magnitude)
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return negative ? "-" + digits : digits
    }

    /// Reads a plain decimal (`18.8`, `-2.5`, `384`, `.5`, `+3`), keeping the number of decimals
    /// written; `nil` for anything else, including blanks, exponents and grouping commas.
    public init?(_ description: String) {
        var text = description
        guard let value = text.withUTF8({ FixedDecimal.parse(utf8: $0) }) else { return nil }
        self = value
    }

    /// Reads a plain decimal from UTF-8 bytes with no allocation; `nil` when malformed or when
    /// it has more than 18 significant digits.
    @inlinable
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x2B { negative = bytes[i] == 0x2D; i += 1 }
        var units: Int64 = 0
        var decimals = 0
        var digits = 0
        var seenPoint = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x2E, !seenPoint {
                seenPoint = true
            } else if byte &- 0x30 < 10 {
                let (times10, o1) = units.multipliedReportingOverflow(by: 10)
                let (next, o2) = times10.addingReportingOverflow(Int64(byte &- 0x30))
                if o1 || o2 { return nil }
                units = next
                digits += 1
                if seenPoint { decimals += 1 }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, decimals <= 18 else { return nil }
        return FixedDecimal(units: negative ? -units : units, decimals: decimals)
    }
}
