/// Where the SSDA903 XML records are: each inside a `CHILD`, each closed before its `CHILD` is,
/// and none larger than the limits.
extension SSDA903XMLState {
    /// The element name of a record kind, for messages.
    static func element(of kind: Kind) -> String {
        switch kind {
        case .header: "HEADER"
        case .episode: "EPISODE"
        case .missing: "AMISSING"
        case .oc2: "OC2"
        case .oc3: "care-leaver fields (IN_TOUCH, ACTIV, ACCOM)"
        case .review: "AREVIEW"
        case .uasc: "UASC fields (UASC, DUC)"
        case .adoption: "adoption fields (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR)"
        case .placedForAdoption: "AD_PLACED"
        case .previousPermanence: "PERMANENCE"
        }
    }

    /// Whether the `uasc` fields gathered say the child is an unaccompanied asylum-seeking child
    /// (`UASC` is 1). A `UASC` other than 0, 1 or blank, and a `DUC` given when `UASC` is not 1,
    /// are reported (no `uasc` row is read).
    mutating func isUnaccompanied() -> Bool {
        let record = records[Kind.uasc.rawValue]
        func trimmed(_ bytes: [UInt8]) -> [UInt8] { bytes.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } }
        let flag = trimmed(record.values[3]), ceased = trimmed(record.values[2])
        if flag == [0x31] { return true }
        let location = SourceLocation(file: path, line: record.line, column: openColumns[Kind.uasc.rawValue])
        if !flag.isEmpty, flag != [0x30] {
            extraProblems.append(DataProblem("UASC \(DataProblem.quote(String(decoding: flag, as: UTF8.self), limit: DataProblem.fieldValueLimit)) "
                                                + "is not 0 or 1; the child is not read as an unaccompanied asylum-seeking child",
                                             at: location, severity: .warning))
        } else if !ceased.isEmpty {
            extraProblems.append(DataProblem("DUC is given but UASC is not 1; the child is not read as an unaccompanied "
                                                + "asylum-seeking child", at: location, severity: .warning))
        }
        return false
    }

    /// A `CHILD` opens: records still open belong to no child.
    mutating func startChild() {
        rejectOpenRecords("a new CHILD starts before this record is closed")
        childID = []; birth = []; childLine = xml.line
        inChild = true
        childOffset = xml.offset
    }

    /// A `CHILD` closes: records still open were never closed; later records have no child.
    mutating func endChild() {
        rejectOpenRecords("its CHILD ends before this record is closed")
        inChild = false
        childID = []; birth = []
    }

    /// A record's element closes: it is read when it is inside a `CHILD`, rejected otherwise.
    mutating func finishRecord(_ kind: Kind, _ builder: inout CohortBuilder) {
        isOpen[kind.rawValue] = false
        guard inChild else {
            let name = SSDA903XMLState.element(of: kind)
            let grouped = SSDA903XMLState.headerGroups.contains(kind)
            reject(kind, (grouped ? name : "an \(name)") + " outside a CHILD: a record is read only inside its child's CHILD")
            if open == kind { open = nil }
            return
        }
        commit(kind, &builder)
    }

    /// Rejects every record still open (and care-leaver fields gathered outside a `HEADER`).
    mutating func rejectOpenRecords(_ reason: String) {
        for kind in Kind.allCases where !SSDA903XMLState.headerGroups.contains(kind) && isOpen[kind.rawValue] {
            isOpen[kind.rawValue] = false
            reject(kind, reason)
        }
        for kind in SSDA903XMLState.headerGroups where gathering[kind.rawValue] {
            gathering[kind.rawValue] = false
            if kind != .uasc || isUnaccompanied() { reject(kind, "\(SSDA903XMLState.element(of: kind)) outside a HEADER") }
        }
        open = nil
    }

    /// Counts the open record of `kind` as read and rejected, at its line and column.
    mutating func reject(_ kind: Kind, _ reason: String) {
        let location = SourceLocation(file: path, line: records[kind.rawValue].line, column: openColumns[kind.rawValue])
        contexts[kind.rawValue].report.reject(DataProblem(reason, at: location, severity: .error))
    }

    /// The error for a `CHILD` past ``ReadLimits/recordBytes``.
    func childTooLong() -> DataError {
        DataError("the CHILD opened at line \(childLine) is longer than "
            + "\(ReadLimits.describe(bytes: xml.limits.recordBytes)), the limit (ReadLimits.recordBytes); reading stopped",
            at: SourceLocation(file: path, line: xml.line, column: xml.column))
    }

    /// The error for an element's text past ``ReadLimits/fieldBytes`` (its pieces together).
    func valueTooLong() -> DataError {
        DataError("the text of an element is longer than \(ReadLimits.describe(bytes: xml.limits.fieldBytes)), "
            + "the limit (ReadLimits.fieldBytes); reading stopped", at: SourceLocation(file: path, line: xml.line, column: xml.column))
    }
}
