/// Text made safe for XML: markup characters escaped, and characters XML 1.0 cannot hold
/// (control characters other than tab, line feed and carriage return) left out.
enum SpreadsheetXML {
    /// `text` escaped for element content and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The SpreadsheetML namespace.
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// The namespace of relationship attributes.
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
}
