/// A calendar month, for framework dates written at month precision (`2023-10`).
@frozen
public struct YearMonth: Sendable, Hashable, Comparable {
    /// The year.
    public var year: Int
    /// The month, 1 through 12.
    public var month: Int

    /// Creates a month, or `nil` when `month` is not 1...12 or `year` not 1...9999.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month containing `day`.
    public init(containing day: Day) {
        let (y, m, _) = day.components
        self.year = y
        self.month = m
    }

    /// Reads `yyyy-mm` (or `mm/yyyy`).
    ///
    /// - Throws: ``DateParseError`` naming the text.
    public init(parsing text: String) throws(DateParseError) {
        let trimmed = text.trimmingBlanks()
        if trimmed.isEmpty { throw .empty }
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let parts: (year: Substring, month: Substring)
        if iso.count == 2, iso[0].count == 4, iso[1].count == 2 {
            parts = (iso[0], iso[1])
        } else if slashed.count == 2, slashed[1].count == 4, (1...2).contains(slashed[0].count) {
            parts = (slashed[1], slashed[0])
        } else {
            throw .malformed(text)
        }
        guard parts.year.allSatisfy(\.isASCII), parts.month.allSatisfy(\.isASCII),
              let year = Int(parts.year), let month = Int(parts.month) else { throw .malformed(text) }
        guard let value = YearMonth(year: year, month: month) else { throw .impossible(text) }
        self = value
    }

    /// The first day of the month.
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }

    /// The last day of the month.
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))! }

    /// Orders months chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

extension YearMonth: CustomStringConvertible {
    /// The `yyyy-mm` form.
    public var description: String {
        String(firstDay.formatted(.iso).prefix(7))
    }
}
