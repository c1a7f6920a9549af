// Code lists for children's characteristics and the CIN census, from the DfE's census guides.

/// Sex, as recorded in either return: the SSDA903's `1`/`2` and the CIN census's
/// `GenderCurrent` (`1`/`2`/`0`/`9`) and `Sex` (`M`/`F`/`U`) are all stored as these codes.
public enum SexCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "sex", [("M", "Male"), ("F", "Female"), ("U", "Not known or not stated")])
}

/// Ethnicity (`ETHNIC`, `Ethnicity`): the 20 DfE codes.
public enum EthnicityCodes: CodeListDefinition {
    /// The codes, grouped in ``majorGroup(of:)``.
    public static let list = CodeList(name: "ethnicity", [
        ("WBRI", "White British"), ("WIRI", "White Irish"), ("WIRT", "Traveller of Irish heritage"),
        ("WOTH", "Any other White background"), ("WROM", "Gypsy/Roma"), ("MWBC", "White and Black Caribbean"),
        ("MWBA", "White and Black African"), ("MWAS", "White and Asian"), ("MOTH", "Any other mixed background"),
        ("AIND", "Indian"), ("APKN", "Pakistani"), ("ABAN", "Bangladeshi"), ("AOTH", "Any other Asian background"),
        ("BCRB", "Caribbean"), ("BAFR", "African"), ("BOTH", "Any other Black background"), ("CHNE", "Chinese"),
        ("OOTH", "Any other ethnic group"), ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ])

    /// The five major groups and "not known", in publication order.
    public static let majorGroups = ["White", "Mixed or multiple ethnic groups", "Asian or Asian British",
                                     "Black, African, Caribbean or Black British", "Other ethnic group", "Refused or not obtained"]

    /// The index in ``majorGroups`` of a stored ethnicity code, or `nil` for blank and invalid.
    /// Chinese is grouped with Asian, as in the 2021 harmonised standard.
    public static func majorGroup(of raw: UInt8) -> Int? {
        switch list.code(at: raw).first {
        case "W": 0
        case "M": 1
        case "A": 2
        case "B": 3
        case "C": 2
        case "O": 4
        case "R", "N": 5
        default: nil
        }
    }
}

/// Category of need (`PrimaryNeedCode` in the CIN census, `CIN` in SSDA903 episodes).
public enum PrimaryNeedCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "primary need", [
        ("N0", "Not stated"), ("N1", "Abuse or neglect"), ("N2", "Child's disability or illness"),
        ("N3", "Parent's disability or illness"), ("N4", "Family in acute stress"), ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"), ("N7", "Low income"), ("N8", "Absent parenting"),
        ("N9", "Cases other than children in need"),
    ])
}

/// Reason a CIN episode closed (`ReasonForClosure`).
public enum ReasonForClosureCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "reason for closure", [
        ("RC1", "Adopted"), ("RC2", "Died"), ("RC3", "Child arrangements order"), ("RC4", "Special guardianship order"),
        ("RC5", "Transferred to the services of another local authority"), ("RC6", "Transferred to adult social care"),
        ("RC7", "Services ceased for any other reason, including the child no longer being in need"),
        ("RC8", "Case closed after assessment, no further action"),
        ("RC9", "Case closed after assessment, referred to early help"),
    ])
}

/// Category of abuse of a child protection plan (`InitialCategoryOfAbuse`, `LatestCategoryOfAbuse`).
public enum AbuseCategoryCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "category of abuse", [
        ("NEG", "Neglect"), ("PHY", "Physical abuse"), ("SAB", "Sexual abuse"), ("EMO", "Emotional abuse"),
        ("MUL", "Multiple"),
    ])
}
