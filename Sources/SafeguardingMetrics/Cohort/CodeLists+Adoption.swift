// Code lists of the SSDA903 adoption tables (`ad1`, `placed_for_adoption`, `previous_permanence`),
// from the DfE's SSDA903 guide and the DfE's SSDA903 validator's code lists.

/// The adopters of a child (`SEX_ADOPTR` of `ad1`): one adopter or a couple, by sex.
public enum AdopterSexCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "sex of adopters (SEX_ADOPTR)", [
        ("M1", "Single male adopter"), ("F1", "Single female adopter"), ("MM", "Male couple"), ("FF", "Female couple"),
        ("MF", "Male and female couple"),
    ])
}

/// The legal status of the adopters (`LS_ADOPTR` of `ad1`). The library checks the code and keeps it;
/// no indicator reads it, so the meanings are the SSDA903 guide's and are not restated here.
public enum AdopterLegalStatusCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "legal status of adopters (LS_ADOPTR)", [
        ("L0", "Legal status of adopters L0 (SSDA903 guide)"), ("L11", "Legal status of adopters L11 (SSDA903 guide)"),
        ("L12", "Legal status of adopters L12 (SSDA903 guide)"), ("L2", "Legal status of adopters L2 (SSDA903 guide)"),
        ("L3", "Legal status of adopters L3 (SSDA903 guide)"), ("L4", "Legal status of adopters L4 (SSDA903 guide)"),
    ])
}

/// Why a decision that a child should be placed for adoption was reversed (`REASON_PLACED_CEASED`
/// of `placed_for_adoption`): the codes RD1-RD4, as the DfE's validator checks them (rule 120). A
/// decision that ceased because the child was adopted carries no reason. The library checks the code
/// and keeps it; no indicator reads it, so the meanings are the SSDA903 guide's and are not restated.
public enum PlacedForAdoptionCeasedCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "reason the decision to place for adoption ceased (REASON_PLACED_CEASED)", [
        ("RD1", "Decision reversed: reason RD1 (SSDA903 guide)"), ("RD2", "Decision reversed: reason RD2 (SSDA903 guide)"),
        ("RD3", "Decision reversed: reason RD3 (SSDA903 guide)"), ("RD4", "Decision reversed: reason RD4 (SSDA903 guide)"),
    ])
}

/// The permanence a child had before starting to be looked after (`PREV_PERM` of
/// `previous_permanence`).
public enum PreviousPermanenceCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "previous permanence (PREV_PERM)", [
        ("P1", "Adoption"), ("P2", "Special guardianship order"),
        ("P3", "Residence order or child arrangements order naming with whom the child is to live"),
        ("P4", "Previous permanence option P4 (SSDA903 guide)"),
        ("Z1", "No previous permanence, or not known"),
    ])
}
