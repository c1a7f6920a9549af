import Foundation

/// How a workbook's cell styles show numbers, read from its `styles.xml`: as they are, to a
/// number of decimal places, as a percentage, or as a date.
struct WorkbookNumberFormats {
    /// What a number format does.
    enum Shape: Equatable {
        /// A number padded to at least `decimals` places.
        case number(decimals: Int)
        /// A fraction shown as a percentage, padded to at least `decimals` places.
        case percent(decimals: Int)
        /// A day count from 30 December 1899, shown as `yyyy-mm-dd`.
        case date
    }

    /// Each cell style's shape, by style index.
    private(set) var shapes: [Shape] = []

    /// The formats of `bytes` (`xl/styles.xml`); none when the workbook has no styles.
    init(_ bytes: [UInt8]?) throws(SpreadsheetError) {
        guard let bytes else { return }
        var custom: [Int: String] = [:]
        var styleIDs: [Int] = []
        var inCellStyles = false
        try XMLEventReader.read(bytes, part: "xl/styles.xml", start: { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = attributes["formatCode"] ?? "" }
            case "cellXfs": inCellStyles = true
            case "xf" where inCellStyles: styleIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }, end: { name in
            if name == "cellXfs" { inCellStyles = false }
        })
        shapes = styleIDs.map { WorkbookNumberFormats.shape(id: $0, code: custom[$0]) }
    }

    /// The shape of number format `id`, whose code is `code` when it is a custom one.
    static func shape(id: Int, code: String?) -> Shape {
        switch id {
        case 1, 3: return .number(decimals: 0)
        case 2, 4: return .number(decimals: 2)
        case 9: return .percent(decimals: 0)
        case 10: return .percent(decimals: 2)
        case 14...22, 45...47: return .date
        default: break
        }
        guard let code else { return .number(decimals: 0) }
        // The first section, without quoted text and escapes.
        var section = "", quoted = false
        for character in code {
            if character == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if character == ";" { break }
            section.append(character)
        }
        let lower = section.lowercased()
        let decimals = lower.firstIndex(of: ".").map { point in
            lower[lower.index(after: point)...].prefix { $0 == "0" || $0 == "#" }.count
        } ?? 0
        if lower.contains("%") { return .percent(decimals: decimals) }
        if lower.contains("y") || lower.contains("d") || (lower.contains("m") && !lower.contains("0")) { return .date }
        return .number(decimals: decimals)
    }

    /// The text a number cell's value (`<v>`) shows under `style`: never fewer decimal places
    /// than the value has (to 10 places), padded to the format's.
    func text(of value: String, style: Int) -> String {
        guard let number = Double(value), number.isFinite else { return value }
        switch style < shapes.count ? shapes[style] : .number(decimals: 0) {
        case .number(let decimals): return WorkbookNumberFormats.numeral(number, atLeast: decimals)
        case .percent(let decimals): return WorkbookNumberFormats.numeral(number * 100, atLeast: decimals) + "%"
        case .date: return WorkbookNumberFormats.date(number)
        }
    }

    /// `number` to 10 decimal places without trailing zeros, then padded to `decimals` places.
    static func numeral(_ number: Double, atLeast decimals: Int) -> String {
        var text = String(format: "%.10f", number)
        while text.last == "0" { text.removeLast() }
        if text.last == "." { text.removeLast() }
        if text == "-0" { text = "0" }
        let places = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if places < decimals { text += (places == 0 ? "." : "") + String(repeating: "0", count: decimals - places) }
        return text
    }

    /// A serial day number (1900 date system) as `yyyy-mm-dd`.
    static func date(_ serial: Double) -> String {
        let seconds = (serial.rounded(.down) - 25_569) * 86_400
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
