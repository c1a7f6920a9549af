/// The date of a framework point: a day (`2024-01-15`) or, as councils usually write it, a month
/// (`2023-10`).
///
/// **Day convention.** For all arithmetic (ordering, matching a target to an actual, trajectory
/// interpolation, "dated before the baseline") a month stands for its **last day**: `2023-10` is
/// 31 October 2023. Councils report a month's position at its end, and INDICATORS.md §1 takes
/// snapshots at the end of a period's last day, so the month's last day is the date the figure
/// describes. ``effectiveDay`` gives that day. A month and its last day written as a day
/// (`2023-10` and `2023-10-31`) fall on the same day but stay distinct values, so a date prints as
/// it was written.
///
/// ```swift
/// let october: FrameworkDate = "2023-10"
/// print(october.effectiveDay)                       // 2023-10-31
/// print(try FrameworkDate(parsing: "2024-01-15"))   // 2024-01-15
/// october.falls(on: "2023-10-31")                   // true
/// ```
@frozen
public enum FrameworkDate: Sendable, Hashable {
    /// A date at day precision.
    case day(Day)
    /// A date at month precision, standing for the month's last day.
    case month(YearMonth)

    /// The day used for arithmetic: the day itself, or the last day of the month.
    ///
    /// ```swift
    /// FrameworkDate.month(YearMonth(year: 2024, month: 2)!).effectiveDay // 2024-02-29
    /// ```
    @inlinable
    public var effectiveDay: Day {
        switch self {
        case .day(let day): day
        case .month(let month): month.lastDay
        }
    }

    /// Whether the two dates fall on the same ``effectiveDay`` (`2023-10` and `2023-10-31` do).
    @inlinable
    public func falls(on other: FrameworkDate) -> Bool {
        effectiveDay == other.effectiveDay
    }

    /// Whether the date was written at month precision.
    @inlinable
    public var isMonth: Bool {
        if case .month = self { return true }
        return false
    }

    /// Reads `yyyy-mm` (or `mm/yyyy`) as a month, and `yyyy-mm-dd` (or `dd/mm/yyyy`) as a day;
    /// leading and trailing blanks are ignored.
    ///
    /// ```swift
    /// try FrameworkDate(parsing: "2023-10")     // .month(2023-10)
    /// try FrameworkDate(parsing: "31/10/2023")  // .day(2023-10-31)
    /// ```
    /// - Throws: ``DateParseError`` naming the text.
    public init(parsing text: String) throws(DateParseError) {
        do {
            self = .month(try YearMonth(parsing: text))
        } catch .malformed {
            self = .day(try Day(parsing: text))
        }
    }
}

extension FrameworkDate: Comparable {
    /// Orders by ``effectiveDay``; on the same day a month comes before the day written out.
    @inlinable
    public static func < (lhs: FrameworkDate, rhs: FrameworkDate) -> Bool {
        if lhs.effectiveDay != rhs.effectiveDay { return lhs.effectiveDay < rhs.effectiveDay }
        return lhs.isMonth && !rhs.isMonth
    }
}

extension FrameworkDate: CustomStringConvertible {
    /// The date as written: `2023-10` for a month, `2023-10-31` for a day.
    public var description: String {
        switch self {
        case .day(let day): day.description
        case .month(let month): month.description
        }
    }
}

extension FrameworkDate: ExpressibleByStringLiteral {
    /// Creates a date from a literal such as `"2023-10"` or `"2024-01-15"`.
    ///
    /// - Precondition: the literal is a valid date; use ``init(parsing:)`` for text from files.
    public init(stringLiteral value: String) {
        do {
            try self.init(parsing: value)
        } catch {
            preconditionFailure("'\(value)' is not a framework date: \(error)")
        }
    }
}

extension FrameworkDate: Codable {
    /// Decodes a date from its written form, `"2023-10"` or `"2023-10-31"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the date as its written form, so month and day precision survive a round trip.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
