/// Positions of the SSDA903 columns the reader uses, found once from the header (-1 when absent).
struct Columns {
    let child, dob, sex, ethnic: Int
    let decom, dec, rne, ls, cin, place, provider, rec, homePostcode, placementPostcode: Int
    let sdqScore, sdqReason, inTouch, activity, accommodation: Int
    let missing, missingStart, missingEnd: Int
    /// `DUC` of the `uasc` table.
    let uascCeased: Int
    /// The OC2 yes/no columns present, with the outcome each gives.
    let oc2Outcomes: [(column: Int, name: String, outcome: OC2Outcomes)]

    init(_ header: [String]) {
        func at(_ name: String) -> Int { header.firstIndex(of: name) ?? -1 }
        child = at("CHILD"); dob = at("DOB"); sex = at("SEX"); ethnic = at("ETHNIC")
        decom = at("DECOM"); dec = at("DEC"); rne = at("RNE"); ls = at("LS"); cin = at("CIN")
        place = at("PLACE"); provider = at("PLACE_PROVIDER"); rec = at("REC")
        homePostcode = at("HOME_POST"); placementPostcode = at("PL_POST")
        sdqScore = at("SDQ_SCORE"); sdqReason = at("SDQ_REASON")
        inTouch = at("IN_TOUCH"); activity = at("ACTIV"); accommodation = at("ACCOM")
        missing = at("MISSING"); missingStart = at("MIS_START"); missingEnd = at("MIS_END")
        uascCeased = at("DUC")
        oc2Outcomes = OC2Outcomes.columns.compactMap { entry in
            let column = at(entry.name)
            return column < 0 ? nil : (column, entry.name, entry.outcome)
        }
    }
}
