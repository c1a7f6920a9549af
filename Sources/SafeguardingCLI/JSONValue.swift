import SafeguardingMetrics

/// A JSON value with its object keys in the order written, and numbers kept as exact decimal
/// text (never through binary floating point), so output matches the contract key for key.
indirect enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number, written as given (`798`, `20.5`).
    case number(String)
    case bool(Bool)
    case null
    /// Text that is already JSON (another writer's document), inserted as it is.
    case raw(String)

    /// A decimal as a number, or `null`.
    static func decimal(_ value: FixedDecimal?) -> JSONValue {
        value.map { .number($0.description) } ?? .null
    }

    /// An integer as a number, or `null`.
    static func integer<T: BinaryInteger>(_ value: T?) -> JSONValue {
        value.map { .number(String($0)) } ?? .null
    }

    /// A string, or `null`.
    static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The value as JSON text: two-space indentation unless `compact`, with a final newline.
    func rendered(compact: Bool = false) -> String {
        var out = ""
        write(into: &out, indent: compact ? nil : 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int?) {
        let newline = indent.map { "\n" + String(repeating: "  ", count: $0 + 1) } ?? ""
        let closing = indent.map { "\n" + String(repeating: "  ", count: $0) } ?? ""
        let inner = indent.map { $0 + 1 }
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                out += newline
                JSONValue.string(key).write(into: &out, indent: nil)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: inner)
            }
            out += closing + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                out += newline
                item.write(into: &out, indent: inner)
            }
            out += closing + "]"
        case .string(let text):
            out += "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .raw(let text):
            var trimmed = Substring(text)
            while trimmed.last?.isNewline == true { trimmed = trimmed.dropLast() }
            out += trimmed
        }
    }
}
