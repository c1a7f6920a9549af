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
        }
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
            reject(kind, (kind == .oc3 ? name : "an \(name)") + " outside a CHILD: a record is read only inside its child's CHILD")
            if open == kind { open = nil }
            return
        }
        commit(kind, &builder)
    }

    /// Rejects every record still open (and care-leaver fields gathered outside a `HEADER`).
    mutating func rejectOpenRecords(_ reason: String) {
        for kind in [Kind.header, .episode, .missing, .oc2, .review] where isOpen[kind.rawValue] {
            isOpen[kind.rawValue] = false
            reject(kind, reason)
        }
        if hasLeaverFields {
            hasLeaverFields = false
            reject(.oc3, "care-leaver fields (IN_TOUCH, ACTIV, ACCOM) outside a HEADER")
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
