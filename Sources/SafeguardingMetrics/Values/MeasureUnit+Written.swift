/// Why a value written by a council could not be read for an indicator.
@frozen
public enum ValueParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is empty or only blanks.
    case empty
    /// The text is not a number with an optional scale (`384/10,000`, `14.5%`, `78`).
    case notANumber(text: String)
    /// The number is written on a scale that does not match the indicator's unit, such as
    /// `400/100000` for a rate per 10,000. Never converted silently.
    case scaleMismatch(text: String, written: WrittenScale, expected: MeasureUnit)

    /// A sentence naming the text and, for a scale mismatch, the expected scale.
    public var description: String {
        switch self {
        case .empty:
            "empty value"
        case .notANumber(let text):
            "'\(text)' is not a number (expected forms like 384/10,000, 14.5% or 78)"
        case .scaleMismatch(let text, let written, let expected):
            "'\(text)' is written \(written.displayName) but the indicator is a \(expected.displayName)"
        }
    }
}

extension MeasureUnit {
    /// Reads a value as councils write them for an indicator of this unit: `384/10,000`,
    /// `117/10000`, `384 per 10,000`, `14.5%`, or a bare number (`78`). Grouping commas in the
    /// number are accepted (`1,234`).
    ///
    /// A written scale must match the unit: `400/100000` for a rate per 10,000, or `12%` for a
    /// count, is a ``ValueParseError/scaleMismatch(text:written:expected:)`` naming the text and
    /// the expected scale. Percentages may also be written `/100`.
    ///
    /// ```swift
    /// try MeasureUnit.ratePer10k.parseValue("384/10,000")  // 384
    /// try MeasureUnit.ratePer10k.parseValue("400/100000")  // throws scaleMismatch
    /// ```
    public func parseValue(_ text: String) throws(ValueParseError) -> FixedDecimal {
        let (number, written) = try MeasureUnit.parseWritten(text)
        if let written, written != scale {
            throw .scaleMismatch(text: text, written: written, expected: self)
        }
        return number
    }

    /// Writes a value the way ``parseValue(_:)`` reads it: `384/10,000`, `12.5/100,000`, `14.5%`,
    /// or the bare number for counts, average scores and days.
    public func format(_ value: FixedDecimal) -> String {
        switch self {
        case .ratePer10k: "\(value)/10,000"
        case .ratePer100k: "\(value)/100,000"
        case .percentage: "\(value)%"
        case .count, .averageScore, .days: value.description
        }
    }

    /// Splits written text into its number and its written scale (nil when none is written).
    static func parseWritten(_ text: String) throws(ValueParseError) -> (FixedDecimal, WrittenScale?) {
        let trimmed = text.trimmingBlanks()
        if trimmed.isEmpty { throw .empty }
        var numberPart = Substring(trimmed)
        var written: WrittenScale?
        if numberPart.hasSuffix("%") {
            numberPart = numberPart.dropLast()
            written = .percent
        } else if let slash = numberPart.firstIndex(of: "/") ?? numberPart.firstRange(of: " per ")?.lowerBound {
            let suffixStart = numberPart[slash] == "/" ? numberPart.index(after: slash)
                : numberPart.index(slash, offsetBy: 5)
            let scaleText = numberPart[suffixStart...].filter { $0 != "," && $0 != " " }
            guard let multiplier = Int64(scaleText), multiplier > 0 else { throw .notANumber(text: text) }
            written = WrittenScale(multiplier: multiplier)
            numberPart = numberPart[..<slash]
        }
        let digits = String(numberPart.filter { $0 != " " }).removingGroupingCommas()
        guard let digits, let number = FixedDecimal(digits) else { throw .notANumber(text: text) }
        return (number, written)
    }

    /// `n` with thousands separators: 10000 → "10,000".
    static func grouped(_ n: Int64) -> String {
        var digits = Array(String(n))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let blanks: Set<Character> = [" ", "\t", "\u{A0}"]
        var slice = Substring(self)
        while let first = slice.first, blanks.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, blanks.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }

    /// The number without grouping commas, or `nil` when the commas are not every three digits
    /// of the integer part (`1,234` is accepted, `12,34` is not).
    func removingGroupingCommas() -> String? {
        guard contains(",") else { return self }
        let parts = split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].contains(",") { return nil }
        var integer = Substring(parts[0])
        if let sign = integer.first, sign == "-" || sign == "+" { integer = integer.dropFirst() }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return filter { $0 != "," }
    }
}
