/// The tables of the SSDA903 return, recognised from a file's header columns (not its name),
/// as the DfE's validator does.
@frozen
public enum SSDA903Table: String, Sendable, Hashable, CaseIterable {
    /// `header`: one row per child (CHILD, SEX, DOB, ETHNIC, …).
    case header
    /// `episodes`: episodes of care (DECOM, RNE, LS, PLACE, DEC, REC, …).
    case episodes
    /// `oc2`: outcomes of children looked after 12 months or more, including SDQ scores.
    case oc2
    /// `oc3`: care leavers (IN_TOUCH, ACTIV, ACCOM).
    case oc3
    /// `missing`: missing and away episodes.
    case missing
    /// `reviews`: review dates.
    case reviews
    /// `uasc`: unaccompanied asylum-seeking children.
    case uasc
    /// `ad1`: adoption details.
    case ad1
    /// `placed_for_adoption`.
    case placedForAdoption = "placed_for_adoption"
    /// `previous_permanence`.
    case previousPermanence = "previous_permanence"
    /// `sw_episodes`: social worker episodes (2023 onwards).
    case socialWorkerEpisodes = "sw_episodes"
    /// `dolo`: deprivation of liberty orders (2024 onwards).
    case deprivationOfLiberty = "dolo"

    /// The columns a file of this table must have.
    public var requiredColumns: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB", "ETHNIC"]
        case .episodes: ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC"]
        case .oc2: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON"]
        case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
        case .missing: ["CHILD", "MISSING", "MIS_START", "MIS_END"]
        case .reviews: ["CHILD", "REVIEW"]
        case .uasc: ["CHILD", "DUC"]
        case .ad1: ["CHILD", "DATE_INT"]
        case .placedForAdoption: ["CHILD", "DATE_PLACED"]
        case .previousPermanence: ["CHILD", "PREV_PERM"]
        case .socialWorkerEpisodes: ["CHILD", "SW_ID"]
        case .deprivationOfLiberty: ["CHILD", "DOLO_START"]
        }
    }

    /// The columns of the DfE's CSV layout for the tables the cohort reads, in order (empty for the
    /// others): what the generator writes and what the XML reader gathers each record into.
    var standardColumns: [String] {
        switch self {
        case .header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
        case .episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                         "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
        case .missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]
        case .oc2: ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                    "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
        case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
        case .reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]
        case .uasc: ["CHILD", "SEX", "DOB", "DUC"]
        case .ad1: ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        case .placedForAdoption: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
        case .previousPermanence: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]
        default: []
        }
    }

    /// The date columns a row of this table is checked for (blank allowed unless required).
    var dateColumns: [String] {
        switch self {
        case .header: ["DOB", "MC_DOB"]
        case .episodes: ["DECOM", "DEC"]
        case .oc2, .oc3: ["DOB"]
        case .missing: ["DOB", "MIS_START", "MIS_END"]
        case .reviews: ["DOB", "REVIEW"]
        case .uasc: ["DOB", "DUC"]
        case .ad1: ["DOB", "DATE_INT", "DATE_MATCH"]
        case .placedForAdoption: ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"]
        case .previousPermanence: ["DOB", "DATE_PERM"]
        case .socialWorkerEpisodes: ["DOB", "SW_DECOM", "SW_DEC"]
        case .deprivationOfLiberty: ["DOB", "DOLO_START", "DOLO_END"]
        }
    }

    /// The table whose distinctive columns `columns` has, or `nil`.
    public static func recognise(columns: [String]) -> SSDA903Table? {
        let names = Set(columns.map { $0.uppercased() })
        let distinctive: [(String, SSDA903Table)] = [
            ("DECOM", .episodes), ("MIS_START", .missing), ("SDQ_SCORE", .oc2), ("IN_TOUCH", .oc3),
            ("REVIEW", .reviews), ("DUC", .uasc), ("DATE_INT", .ad1), ("DATE_PLACED", .placedForAdoption),
            ("PREV_PERM", .previousPermanence), ("SW_ID", .socialWorkerEpisodes), ("DOLO_START", .deprivationOfLiberty),
        ]
        if let match = distinctive.first(where: { names.contains($0.0) }) { return match.1 }
        if names.isSuperset(of: ["CHILD", "SEX", "DOB"]) { return .header }
        return nil
    }
}
