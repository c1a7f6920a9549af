/// Cuts one collection year's CIN census out of a simulated history, as the XML a council
/// submits: every CIN episode open at some time in the year, with dates after 31 March left out.
struct CINReturnWriter {
    let history: SyntheticHistory
    let year: Int

    var period: ReportingPeriod { .collectionYear(year) }

    /// The census as a file named `path`. From 2025 the child's sex is written as `Sex` (M/F),
    /// before as `GenderCurrent` (1/2), as the schemas changed.
    func file(named path: String) -> DataFile {
        let start = period.start, end = period.end
        var byChild: [Int: [Int]] = [:]
        for (index, referral) in history.referrals.enumerated() where referral.date <= end && referral.closure >= start {
            byChild[referral.child, default: []].append(index)
        }
        var xml = OutputBuffer(capacity: 1 << 20)
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n")
        xml.open("Header", indent: 2)
        xml.open("CollectionDetails", indent: 4)
        xml.element("Collection", "CIN", indent: 6)
        xml.element("Year", String(year), indent: 6)
        xml.element("ReferenceDate", date: end, indent: 6)
        xml.close("CollectionDetails", indent: 4)
        xml.open("Source", indent: 4)
        xml.element("SourceLevel", "L", indent: 6)
        xml.element("LEA", history.authority.number, indent: 6)
        xml.element("SoftwareCode", "SafeguardingMetrics synthetic cohort", indent: 6)
        xml.element("Release", "1", indent: 6)
        xml.element("SerialNo", "1", indent: 6)
        xml.element("DateTime", end.formatted(.iso) + "T12:00:00", indent: 6)
        xml.close("Source", indent: 4)
        xml.close("Header", indent: 2)
        xml.open("Children", indent: 2)
        for child in byChild.keys.sorted() {
            writeChild(child, referrals: byChild[child]!, into: &xml)
        }
        xml.close("Children", indent: 2)
        xml.append("</Message>\n")
        return DataFile(name: path, bytes: xml.bytes)
    }

    func writeChild(_ index: Int, referrals: [Int], into xml: inout OutputBuffer) {
        let end = period.end
        let child = history.children[index]
        xml.open("Child", indent: 4)
        xml.open("ChildIdentifiers", indent: 6)
        xml.element("LAchildID", String(child.id), indent: 8)
        if child.birth <= end {
            xml.element("PersonBirthDate", date: child.birth, indent: 8)
        } else {
            xml.element("ExpectedPersonBirthDate", date: child.birth, indent: 8)
        }
        if year >= 2025 {
            xml.element("Sex", child.birth <= end ? (child.male ? "M" : "F") : "U", indent: 8)
        } else {
            xml.element("GenderCurrent", child.birth <= end ? (child.male ? "1" : "2") : "0", indent: 8)
        }
        xml.close("ChildIdentifiers", indent: 6)
        xml.open("ChildCharacteristics", indent: 6)
        xml.element("Ethnicity", child.ethnicity, indent: 8)
        xml.open("Disabilities", indent: 8)
        xml.element("Disability", child.disabled ? "LD" : "NONE", indent: 10)
        xml.close("Disabilities", indent: 8)
        xml.close("ChildCharacteristics", indent: 6)
        for referralIndex in referrals { writeDetails(history.referrals[referralIndex], into: &xml) }
        xml.close("Child", indent: 4)
    }

    func writeDetails(_ referral: SyntheticHistory.Referral, into xml: inout OutputBuffer) {
        let end = period.end
        let extra = breadth(of: referral)
        xml.open("CINdetails", indent: 6)
        xml.element("CINreferralDate", date: referral.date, indent: 8)
        xml.element("ReferralSource", extra.source, indent: 8)
        xml.element("PrimaryNeedCode", referral.need, indent: 8)
        if referral.closure <= end {
            xml.element("CINclosureDate", date: referral.closure, indent: 8)
            xml.element("ReasonForClosure", referral.closureReason, indent: 8)
        }
        if let conference = referral.episodeConference, conference <= end {
            xml.element("DateOfInitialCPC", date: conference, indent: 8)
        }
        if let assessment = referral.assessment, assessment.start <= end {
            xml.open("Assessments", indent: 8)
            xml.element("AssessmentActualStartDate", date: assessment.start, indent: 10)
            if assessment.authorised <= end {
                xml.element("AssessmentAuthorisationDate", date: assessment.authorised, indent: 10)
                xml.open("FactorsIdentifiedAtAssessment", indent: 10)
                for factor in extra.factors { xml.element("AssessmentFactors", factor, indent: 12) }
                xml.close("FactorsIdentifiedAtAssessment", indent: 10)
            }
            xml.close("Assessments", indent: 8)
        }
        for enquiry in referral.enquiries where enquiry.start <= end {
            xml.open("Section47", indent: 8)
            xml.element("S47ActualStartDate", date: enquiry.start, indent: 10)
            if let conference = enquiry.conference, conference <= end {
                xml.element("DateOfInitialCPC", date: conference, indent: 10)
            }
            xml.element("ICPCnotRequired", enquiry.conference == nil ? "true" : "false", indent: 10)
            xml.close("Section47", indent: 8)
        }
        xml.element("ReferralNFA", referral.noFurtherAction ? "true" : "false", indent: 8)
        for (plan, reviews) in zip(referral.plans, extra.reviews) where plan.start <= end {
            xml.open("ChildProtectionPlans", indent: 8)
            xml.element("CPPstartDate", date: plan.start, indent: 10)
            if plan.end <= end { xml.element("CPPendDate", date: plan.end, indent: 10) }
            xml.element("InitialCategoryOfAbuse", plan.initial, indent: 10)
            xml.element("LatestCategoryOfAbuse", plan.latest, indent: 10)
            xml.element("NumberOfPreviousCPP", String(plan.previous), indent: 10)
            let held = reviews.filter { $0 <= end }
            if !held.isEmpty {
                xml.open("Reviews", indent: 10)
                for review in held { xml.element("CPPreviewDate", date: review, indent: 12) }
                xml.close("Reviews", indent: 10)
            }
            xml.close("ChildProtectionPlans", indent: 8)
        }
        writePreProceedings(extra.preProceedings, into: &xml)
        xml.close("CINdetails", indent: 6)
    }
}
