extension CINReadState {
    /// The error for a `Child` past ``ReadLimits/recordBytes``: a record that long is not a
    /// child's, and gathering it would hold it all in memory.
    func childTooLong() -> DataError {
        DataError("the Child opened at line \(childLine) is longer than "
            + "\(ReadLimits.describe(bytes: xml.limits.recordBytes)), the limit (ReadLimits.recordBytes); reading stopped",
            at: SourceLocation(file: report.path, line: xml.line, column: xml.column))
    }

    /// The error for an element's text past ``ReadLimits/fieldBytes`` (its pieces together).
    func valueTooLong() -> DataError {
        let name = leaf.map { "<\($0.rawValue)>" } ?? "an element"
        return DataError("the text of \(name) opened at line \(leafLine) is longer than "
            + "\(ReadLimits.describe(bytes: xml.limits.fieldBytes)), the limit (ReadLimits.fieldBytes); reading stopped",
            at: SourceLocation(file: report.path, line: xml.line, column: xml.column))
    }

    /// At the end of a `CINdetails`: rejects its assessment, enquiry or plan that is still open
    /// (its closing tag is missing), which would otherwise be lost without a word.
    mutating func rejectUnclosedParts() {
        if inAssessment {
            rejectRecord(line: assessment.line, "its CINdetails ends before this Assessments is closed")
            inAssessment = false
        }
        if inEnquiry {
            rejectRecord(line: enquiry.line, "its CINdetails ends before this Section47 is closed")
            inEnquiry = false
        }
        if inPlan {
            rejectRecord(line: plan.line, "its CINdetails ends before this ChildProtectionPlans is closed")
            inPlan = false
        }
        if inPreProceedings {
            rejectRecord(line: preProceedings.line, "its CINdetails ends before this PreProceedingsandFGDM is closed")
            inPreProceedings = false
        }
    }
}
