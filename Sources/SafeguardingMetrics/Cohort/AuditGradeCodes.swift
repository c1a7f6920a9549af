/// Audit grades, Ofsted's four-point scale.
public enum AuditGradeCodes: CodeListDefinition {
    /// The codes, best first.
    public static let list = CodeList(name: "audit grade", [
        ("OUT", "Outstanding"), ("GOOD", "Good"), ("RI", "Requires improvement"), ("INAD", "Inadequate"),
    ])

    /// The raw value of a grade written in words (`Good`, `requires improvement`, `RI`), or
    /// ``CodeList/invalid``.
    public static func grade(_ text: String) -> UInt8 {
        switch text.uppercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: " ") {
        case "OUTSTANDING", "OUT": list.index(of: "OUT")!
        case "GOOD": list.index(of: "GOOD")!
        case "RI", "REQUIRES IMPROVEMENT", "REQUIRES IMPROVEMENT TO BE GOOD": list.index(of: "RI")!
        case "INADEQUATE", "INAD": list.index(of: "INAD")!
        case "": CodeList.blank
        default: CodeList.invalid
        }
    }
}
