// Code lists of the SSDA903 return (children looked after), from the DfE's SSDA903 guide.
// Codes no longer in use are kept where older returns still carry them.

/// Legal status (`LS`).
public enum LegalStatusCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "legal status (LS)", [
        ("C1", "Interim care order"), ("C2", "Full care order"), ("D1", "Freeing order granted"),
        ("E1", "Placement order granted"),
        ("J1", "Remanded to local authority accommodation or youth detention accommodation"),
        ("J2", "Placed in local authority accommodation under PACE"),
        ("J3", "Sentenced to a youth rehabilitation order with residence or accommodation requirement"),
        ("L1", "Under police protection and in local authority accommodation"), ("L2", "Emergency protection order"),
        ("L3", "Under child assessment order and in local authority accommodation"),
        ("V2", "Single period of accommodation under section 20"),
        ("V3", "Accommodated under an agreed series of short-term breaks, individual episodes recorded"),
        ("V4", "Accommodated under an agreed series of short-term breaks, agreements recorded"),
    ])
}

/// Reason for new episode (`RNE`).
public enum ReasonNewEpisodeCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "reason for new episode (RNE)", [
        ("S", "Started to be looked after"), ("L", "Change of legal status only"),
        ("P", "Change of placement and carer(s) only"),
        ("T", "Change of both legal status and placement and carer(s)"),
        ("U", "Change of legal status and placement, carer(s) the same"),
        ("B", "Change of placement, carer(s) the same"),
    ])
}

/// Placement type (`PLACE`, `PL` in the XML).
public enum PlacementTypeCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "placement type (PLACE)", [
        ("A3", "Placed for adoption with consent with current foster carer(s)"),
        ("A4", "Placed for adoption with consent, not with current foster carer(s)"),
        ("A5", "Placed for adoption with placement order with current foster carer(s)"),
        ("A6", "Placed for adoption with placement order, not with current foster carer(s)"),
        ("H5", "Semi-independent living accommodation not subject to children's homes regulations"),
        ("K1", "Secure children's home"), ("K2", "Children's home subject to Children's Homes Regulations"),
        ("K3", "Supported accommodation registered with Ofsted"), ("K4", "Supported accommodation, other"),
        ("P1", "Placed with own parent(s) or other person(s) with parental responsibility"),
        ("P2", "Independent living"), ("P3", "Residential employment"),
        ("R1", "Residential care home"), ("R2", "NHS/health trust or other establishment providing medical or nursing care"),
        ("R3", "Family centre or mother and baby unit"), ("R5", "Young offender institution or prison"),
        ("S1", "Residential school"),
        ("T0", "Temporary placement: all types of temporary move"), ("T1", "Temporary period in hospital"),
        ("T2", "Temporary absence of the child from the placement"),
        ("T3", "Temporary period in a residential holiday scheme"),
        ("T4", "Temporary accommodation while the usual foster carer(s) are away"),
        ("U1", "Foster placement with relative(s) or friend(s): long-term fostering"),
        ("U2", "Foster placement with relative(s) or friend(s) who are also approved adopters: FFA/concurrent"),
        ("U3", "Foster placement with relative(s) or friend(s): not long-term or FFA/concurrent"),
        ("U4", "Foster placement with other foster carer(s): long-term fostering"),
        ("U5", "Foster placement with other foster carer(s) who are also approved adopters: FFA/concurrent"),
        ("U6", "Foster placement with other foster carer(s): not long-term or FFA/concurrent"),
        ("Z1", "Other placement"),
    ])
}

/// Placement provider (`PLACE_PROVIDER`).
public enum PlacementProviderCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "placement provider (PLACE_PROVIDER)", [
        ("PR0", "Parent(s) or other person(s) with parental responsibility"), ("PR1", "Own provision by the local authority"),
        ("PR2", "Other local authority provision"), ("PR3", "Other public provision"), ("PR4", "Private provision"),
        ("PR5", "Voluntary or third sector provision"),
    ])
}

/// Reason episode ceased (`REC`).
public enum ReasonCeasedCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "reason episode ceased (REC)", [
        ("E11", "Adopted: application unopposed"), ("E12", "Adopted: consent dispensed with by the court"),
        ("E13", "Left care to live with former foster carer(s)"), ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessment determined the child is 18 or over"), ("E16", "Child moved abroad"),
        ("E17", "Aged 18 or over and remained with current carers"), ("E2", "Died"),
        ("E3", "Care taken over by another local authority in the UK"),
        ("E41", "Residence order or child arrangements order granted"),
        ("E45", "Special guardianship order to former foster carer(s) who are relatives or friends"),
        ("E46", "Special guardianship order to former foster carer(s) other than relatives or friends"),
        ("E47", "Special guardianship order to carer(s), not former foster carers, who are relatives or friends"),
        ("E48", "Special guardianship order to carer(s), not former foster carers, other than relatives or friends"),
        ("E4A", "Returned home as part of the care planning process"),
        ("E4B", "Returned home not as part of the care planning process"),
        ("E5", "Moved into independent living with formal support"), ("E6", "Moved into independent living without formal support"),
        ("E7", "Transferred to residential care funded by adult social care"), ("E8", "Ceased for any other reason"),
        ("E9", "Sentenced to custody"), ("X1", "Episode ceases and a new episode begins on the same day"),
    ])
}

/// Why a strengths and difficulties questionnaire was not returned (`SDQ_REASON`).
public enum SDQReasonCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "SDQ reason (SDQ_REASON)", [
        ("SDQ1", "Child aged under 4 or over 17 at the latest assessment"), ("SDQ2", "Carer refused to complete"),
        ("SDQ3", "Not possible because of the severity of the child's disability"), ("SDQ4", "Other"),
        ("SDQ5", "Child or young person refused"),
    ])
}

/// Whether a care leaver is in touch with the authority (`IN_TOUCH`).
public enum InTouchCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "in touch (IN_TOUCH)", [
        ("YES", "In touch"), ("NO", "Not in touch"), ("DIED", "Died"), ("REFU", "Young person refuses contact"),
        ("NREQ", "No longer requires services"), ("RHOM", "Returned home to parents for 6 months or more"),
    ])
}

/// A care leaver's main activity (`ACTIV`).
public enum ActivityCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "main activity (ACTIV)", [
        ("F1", "Full-time higher education"), ("P1", "Part-time higher education"),
        ("F2", "Full-time education other than higher education"), ("P2", "Part-time education other than higher education"),
        ("F3", "Full-time training or employment (older code)"), ("P3", "Part-time training or employment (older code)"),
        ("F4", "Full-time apprenticeship"), ("P4", "Part-time apprenticeship"),
        ("F5", "Full-time training or employment, not an apprenticeship"),
        ("P5", "Part-time training or employment, not an apprenticeship"),
        ("G1", "Not in education, employment or training: illness or disability (older code)"),
        ("G2", "Not in education, employment or training: other reasons (older code)"),
        ("G3", "Not in education, employment or training: pregnancy or parenting (older code)"),
        ("G4", "Not in education, employment or training: illness or disability"),
        ("G5", "Not in education, employment or training: other reasons"),
        ("G6", "Not in education, employment or training: pregnancy or parenting"),
        ("0", "Information not known"),
    ])
}

/// A care leaver's accommodation (`ACCOM`): a letter for the type, then 1 (suitable) or
/// 2 (unsuitable); `0` is not known.
public enum AccommodationCodes: CodeListDefinition {
    /// The codes.
    public static let list: CodeList = {
        let kinds: [(String, String)] = [
            ("B", "With parents or relatives"), ("C", "Community home or other residential care"),
            ("D", "Semi-independent transitional accommodation"), ("E", "Supported lodgings"), ("G", "Gone abroad"),
            ("H", "Deported"), ("K", "Ordinary lodgings without formal support"), ("R", "Residence not known"),
            ("S", "No fixed abode or homeless"), ("T", "Foyers"), ("U", "Independent living"),
            ("V", "Emergency accommodation"), ("W", "Bed and breakfast"), ("X", "In custody"),
            ("Y", "Other accommodation"), ("Z", "With former foster carers"),
        ]
        var entries = kinds.flatMap { kind in
            [(kind.0 + "1", kind.1 + ": suitable"), (kind.0 + "2", kind.1 + ": unsuitable")]
        }
        entries.append(("0", "Information not known"))
        return CodeList(name: "accommodation (ACCOM)", entries)
    }()
}

/// Missing or away from placement (`MISSING`).
public enum MissingTypeCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "missing or away (MISSING)", [
        ("M", "Missing from placement"), ("A", "Away from placement without authorisation"),
    ])
}
