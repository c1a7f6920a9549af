import SafeguardingMetrics

/// One cell of a ``ReportTable``: blank, text, or a number written as a decimal numeral.
///
/// A number keeps the text a CSV file shows (`759.3`, `12`, `66.000437`), so every encoding of
/// a table writes the same figure: CSV writes the text, a spreadsheet the number with a display
/// format of as many decimal places as the text has.
///
/// ```swift
/// ReportCell(number: "759.3")      // .number("759.3"), 1 decimal place
/// ReportCell(number: "c")          // .text("c"): a symbol is not a number
/// ReportCell(nil as String?)       // .blank
/// ```
public enum ReportCell: Sendable, Hashable {
    /// An empty cell.
    case blank
    /// Text.
    case text(String)
    /// A number: an optional minus sign, digits, and optionally a point and more digits.
    case number(String)

    /// Text, or ``blank`` when `text` is `nil` or empty.
    public init(_ text: String?) {
        guard let text, !text.isEmpty else { self = .blank; return }
        self = .text(text)
    }

    /// A whole number, or ``blank`` when `value` is `nil`.
    public init(_ value: Int?) {
        self = value.map { .number(String($0)) } ?? .blank
    }

    /// A whole number, or ``blank`` when `value` is `nil`.
    public init(_ value: Int64?) {
        self = value.map { .number(String($0)) } ?? .blank
    }

    /// A decimal at its own precision, or ``blank`` when `value` is `nil`.
    public init(_ value: FixedDecimal?) {
        self.init(number: value?.description)
    }

    /// A number when `text` is a decimal numeral (``isNumeral(_:)``), text otherwise (a GSS
    /// symbol such as `c` or `z`, a `-`), ``blank`` when `text` is `nil` or empty.
    public init(number text: String?) {
        guard let text, !text.isEmpty else { self = .blank; return }
        self = ReportCell.isNumeral(text) ? .number(text) : .text(text)
    }

    /// What the cell shows, as CSV writes it: the text, the numeral, or an empty string.
    public var text: String {
        switch self {
        case .blank: ""
        case .text(let text), .number(let text): text
        }
    }

    /// A number's decimal places (the digits after its point); `nil` for text and blanks.
    public var decimals: Int? {
        guard case .number(let text) = self else { return nil }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }

    /// Whether `text` is a decimal numeral: an optional `-`, one or more digits, and optionally a
    /// `.` followed by one or more digits (`12`, `-0.5`, `759.3`; not `1,234`, `1e5` or `.5`).
    public static func isNumeral(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let whole = bytes.prefix(while: isDigit)
        guard !whole.isEmpty else { return false }
        bytes = bytes.dropFirst(whole.count)
        guard let first = bytes.first else { return true }
        guard first == UInt8(ascii: "."), bytes.count > 1 else { return false }
        return bytes.dropFirst().allSatisfy(isDigit)
    }
}
