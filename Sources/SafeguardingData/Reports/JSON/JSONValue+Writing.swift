extension JSONValue {
    /// The value as JSON text in `layout`, with a final line break.
    ///
    /// Strings escape `"`, `\`, line feed, carriage return, tab and the other control characters
    /// (`\u001b`); every other character is written as it is, in UTF-8. Numbers are written as
    /// their text. ``raw(_:)`` text is inserted without its trailing line breaks.
    ///
    /// - Complexity: O(n) in the size of the output, plus sorting members for a sorted layout.
    public func rendered(_ layout: JSONLayout = .indented) -> String {
        var out = ""
        write(into: &out, depth: 0, layout: layout)
        return out + "\n"
    }

    /// The value as JSON text: two-space indentation unless `compact`, members in order, with a
    /// final line break.
    public func rendered(compact: Bool) -> String {
        rendered(compact ? .compact : .indented)
    }

    private func write(into out: inout String, depth: Int, layout: JSONLayout) {
        let newline = layout.indented ? "\n" + String(repeating: "  ", count: depth + 1) : ""
        let closing = layout.indented ? "\n" + String(repeating: "  ", count: depth) : ""
        switch self {
        case .object(let members):
            guard !members.isEmpty else {
                out += layout.indented && layout.scorecardPunctuation ? "{\n" + closing + "}" : "{}"
                return
            }
            let ordered = layout.sortsKeys ? members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) } : members
            out += "{"
            for (index, (key, value)) in ordered.enumerated() {
                if index > 0 { out += "," }
                out += newline
                JSONValue.writeString(key, into: &out, layout: layout)
                out += !layout.indented ? ":" : layout.scorecardPunctuation ? " : " : ": "
                value.write(into: &out, depth: depth + 1, layout: layout)
            }
            out += closing + "}"
        case .array(let items):
            guard !items.isEmpty else {
                out += layout.indented && layout.scorecardPunctuation ? "[\n" + closing + "]" : "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                out += newline
                item.write(into: &out, depth: depth + 1, layout: layout)
            }
            out += closing + "]"
        case .string(let text): JSONValue.writeString(text, into: &out, layout: layout)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .laidOut(let value, let own):
            value.write(into: &out, depth: own.indented ? depth : 0, layout: own)
        case .raw(let text):
            var trimmed = Substring(text)
            while trimmed.last?.isNewline == true { trimmed = trimmed.dropLast() }
            out += trimmed
        }
    }

    private static func writeString(_ text: String, into out: inout String, layout: JSONLayout) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}" where layout.scorecardPunctuation: out += "\\b"
            case "\u{C}" where layout.scorecardPunctuation: out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
