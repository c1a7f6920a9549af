/// The written forms of a date that ``Day`` formats.
@frozen
public enum DayFormat: Sendable, Hashable {
    /// ISO 8601, `yyyy-mm-dd` (CIN census XML, JSON).
    case iso
    /// `dd/mm/yyyy`, the DfE's day-first layout.
    case dayMonthYear
}

/// How a two-digit year (`dd/mm/yy`) is given its century.
///
/// A two-digit year `yy` is the one year ending in `yy` within the 100 years that end at
/// ``pivotYear``. The default pivot, 2069, is the POSIX `strptime` rule: `00`-`69` are 2000-2069
/// and `70`-`99` are 1970-1999. For birth dates of adults (parents' dates of birth), a pivot near
/// the collection year is safer: with pivot 2030, `45` is 1945.
@frozen
public struct TwoDigitYearPolicy: Sendable, Hashable {
    /// The latest year a two-digit year can mean.
    public var pivotYear: Int

    /// Creates a policy whose 100-year window ends at `pivotYear`.
    ///
    /// - Precondition: `pivotYear` is 100 through 9999.
    public init(pivotYear: Int) {
        precondition((100...9999).contains(pivotYear), "pivot year must be 100...9999")
        self.pivotYear = pivotYear
    }

    /// The POSIX rule: `00`-`69` are 2000-2069, `70`-`99` are 1970-1999.
    public static let posix = TwoDigitYearPolicy(pivotYear: 2069)

    /// The full year for a two-digit year `yy` (0 through 99).
    @inlinable
    public func year(forTwoDigitYear yy: Int) -> Int {
        let century = pivotYear - pivotYear % 100
        let candidate = century + yy
        return candidate <= pivotYear ? candidate : candidate - 100
    }
}

/// Why a date could not be read.
@frozen
public enum DateParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is empty or only blanks.
    case empty
    /// The text is not in any accepted layout (`yyyy-mm-dd`, `dd/mm/yyyy`, `dd/mm/yy`).
    case malformed(String)
    /// The layout is right but no such day exists (`31/02/2024`, month 13).
    case impossible(String)

    /// A sentence describing the problem, quoting the text.
    public var description: String {
        switch self {
        case .empty: "empty date"
        case .malformed(let text): "'\(text)' is not a date (expected yyyy-mm-dd or dd/mm/yyyy)"
        case .impossible(let text): "'\(text)' is not a real calendar date"
        }
    }
}

extension Day {
    /// Reads a date written `yyyy-mm-dd`, `dd/mm/yyyy` or `dd/mm/yy` (day and month may have one
    /// digit in the slashed forms); leading and trailing blanks are ignored.
    ///
    /// ```swift
    /// try Day(parsing: "31/03/2025") == Day(year: 2025, month: 3, day: 31)
    /// try Day(parsing: "29/02/23")   // throws DateParseError.impossible
    /// ```
    /// - Throws: ``DateParseError`` naming the text.
    public init(parsing text: String, twoDigitYears: TwoDigitYearPolicy = .posix) throws(DateParseError) {
        var copy = text
        let result = copy.withUTF8 { Day.parseResult(utf8: $0, twoDigitYears: twoDigitYears) }
        switch result {
        case .success(let day): self = day
        case .failure(.empty): throw .empty
        case .failure(.malformed): throw .malformed(text)
        case .failure(.impossible): throw .impossible(text)
        }
    }

    /// Reads a date from UTF-8 bytes without allocating, or returns `nil` when the bytes are not a
    /// date in an accepted layout. This is the entry point for streaming parsers of raw bytes.
    ///
    /// - Complexity: O(n) in the number of bytes, with no allocation.
    @inlinable
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>,
                             twoDigitYears: TwoDigitYearPolicy = .posix) -> Day? {
        if case .success(let day) = parseResult(utf8: bytes, twoDigitYears: twoDigitYears) { return day }
        return nil
    }

    @usableFromInline
    enum ParseFailure: Error { case empty, malformed, impossible }

    @usableFromInline
    static func parseResult(utf8 bytes: UnsafeBufferPointer<UInt8>,
                            twoDigitYears: TwoDigitYearPolicy) -> Result<Day, ParseFailure> {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        if start == end { return .failure(.empty) }

        // Reads a run of 1...maxDigits ASCII digits starting at `i`.
        func number(_ i: inout Int, maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while i < end, digits < maxDigits, bytes[i] &- 0x30 < 10 {
                value = value * 10 + Int(bytes[i] &- 0x30)
                i += 1
                digits += 1
            }
            return digits == 0 ? nil : (value, digits)
        }

        var i = start
        guard let first = number(&i, maxDigits: 4), i < end else { return .failure(.malformed) }
        let year: Int, month: Int, day: Int
        if bytes[i] == 0x2D, first.digits == 4 { // yyyy-mm-dd
            i += 1
            guard let m = number(&i, maxDigits: 2), m.digits == 2, i < end, bytes[i] == 0x2D else {
                return .failure(.malformed)
            }
            i += 1
            guard let d = number(&i, maxDigits: 2), d.digits == 2, i == end else { return .failure(.malformed) }
            (year, month, day) = (first.value, m.value, d.value)
        } else if bytes[i] == 0x2F, first.digits <= 2 { // dd/mm/yyyy or dd/mm/yy
            i += 1
            guard let m = number(&i, maxDigits: 2), i < end, bytes[i] == 0x2F else { return .failure(.malformed) }
            i += 1
            guard let y = number(&i, maxDigits: 4), i == end, y.digits == 4 || y.digits == 2 else {
                return .failure(.malformed)
            }
            year = y.digits == 2 ? twoDigitYears.year(forTwoDigitYear: y.value) : y.value
            (month, day) = (m.value, first.value)
        } else {
            return .failure(.malformed)
        }
        guard let result = Day(year: year, month: month, day: day) else { return .failure(.impossible) }
        return .success(result)
    }

    /// This day written in `format`: `2025-03-31` or `31/03/2025`.
    public func formatted(_ format: DayFormat = .iso) -> String {
        let (y, m, d) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        switch format {
        case .iso: return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        case .dayMonthYear: return "\(pad(d, 2))/\(pad(m, 2))/\(pad(y, 4))"
        }
    }
}
