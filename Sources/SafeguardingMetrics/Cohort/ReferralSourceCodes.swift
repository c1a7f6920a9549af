/// Source of a referral (`ReferralSource` in the CIN census), from the census guide's code list.
///
/// LAIT's referral-source measures group the codes: schools are `2A`, health services `3A`-`3F`,
/// the police `6`.
public enum ReferralSourceCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "referral source", [
        ("1A", "Individual: family member, relative or carer"), ("1B", "Individual: acquaintance"),
        ("1C", "Individual: self"), ("1D", "Individual: other"), ("2A", "Schools"), ("2B", "Education services"),
        ("3A", "Health services: GP"), ("3B", "Health services: health visitor"), ("3C", "Health services: school nurse"),
        ("3D", "Health services: other primary health services"), ("3E", "Health services: A&E"),
        ("3F", "Health services: other"), ("4", "Housing"), ("5A", "LA services: social care"),
        ("5B", "LA services: other internal"), ("5C", "LA services: external"), ("5D", "LA services: early help"),
        ("6", "Police"), ("7", "Other legal agency"), ("8", "Other"), ("9", "Anonymous"), ("10", "Unknown"),
    ])
}
