/// The elements of the CIN census the reader uses.
enum CINElement: String, CaseIterable {
    case message = "Message", header = "Header", lea = "LEA", year = "Year", referenceDate = "ReferenceDate"
    case child = "Child", childIdentifiers = "ChildIdentifiers", laChildID = "LAchildID"
    case personBirthDate = "PersonBirthDate", expectedPersonBirthDate = "ExpectedPersonBirthDate"
    case genderCurrent = "GenderCurrent", sex = "Sex", ethnicity = "Ethnicity", disability = "Disability"
    case cinDetails = "CINdetails", cinReferralDate = "CINreferralDate", referralNFA = "ReferralNFA"
    case primaryNeedCode = "PrimaryNeedCode", cinClosureDate = "CINclosureDate", reasonForClosure = "ReasonForClosure"
    case dateOfInitialCPC = "DateOfInitialCPC", assessments = "Assessments"
    case assessmentActualStartDate = "AssessmentActualStartDate", assessmentAuthorisationDate = "AssessmentAuthorisationDate"
    case section47 = "Section47", s47ActualStartDate = "S47ActualStartDate", icpcNotRequired = "ICPCnotRequired"
    case childProtectionPlans = "ChildProtectionPlans", cppStartDate = "CPPstartDate", cppEndDate = "CPPendDate"
    case initialCategoryOfAbuse = "InitialCategoryOfAbuse", latestCategoryOfAbuse = "LatestCategoryOfAbuse"
    case numberOfPreviousCPP = "NumberOfPreviousCPP"
    // From 2025-26 the referral source, plan reviews and the pre-proceedings block are read too.
    case referralSource = "ReferralSource", cppReviewDate = "CPPreviewDate"
    case preProceedings = "PreProceedingsandFGDM", ppStartDate = "PPStartDate", stepDecisionDate = "StepDecisionDate"
    case courtAppDate = "CourtAppDate"
    // Factors identified at the end of an assessment (issue 20).
    case factorsIdentified = "FactorsIdentifiedAtAssessment", assessmentFactors = "AssessmentFactors"

    static let names = ElementNames(allCases.map(\.rawValue))

    /// Whether the element holds other elements rather than a value.
    var isContainer: Bool {
        switch self {
        case .message, .header, .child, .childIdentifiers, .cinDetails, .assessments, .section47, .childProtectionPlans,
             .preProceedings, .factorsIdentified: true
        default: false
        }
    }
    /// Every element, by id (`allCases` builds a new array at each use).
    static let byID = allCases
    static func from(_ name: UnsafeBufferPointer<UInt8>) -> CINElement? { names.id(of: name).map { byID[$0] } }
}

/// The state of one CIN census read: where in the document it is, the record being gathered,
/// and the report.
struct CINReadState {
    struct Assessment {
        var start = Day.unknown, authorisation = Day.unknown, line = 0
        var factors: CodeSet<AssessmentFactorCodes> = [], invalidFactor = false
    }
    struct Enquiry { var start = Day.unknown, conference = Day.unknown, notRequired: Bool?, line = 0 }
    struct Plan {
        var start = Day.unknown, end = Day.open, initial = Code<AbuseCategoryCodes>.blank, latest = Code<AbuseCategoryCodes>.blank
        var previous: Int16?, line = 0
        var reviews: [Day] = []
    }
    /// A `PreProceedingsandFGDM` block: its start, the decision that ends it and any court application.
    struct PreProceedings { var start = Day.unknown, decision = Day.unknown, court = Day.unknown, line = 0 }

    let xml: XMLTokenizer
    var report: FileReport
    let fileIndex: UInt16
    let resolveAuthority: @Sendable (String) -> String?
    let context: ReturnContext?
    var sawRoot = false

    // Where we are.
    var leaf: CINElement?
    /// Text now belongs to an element the reader does not use (and is ignored).
    var insideUnknown = false
    var leafLine = 0
    var leafText: [UInt8] = []
    var inHeader = false, inChild = false, inDetails = false, inAssessment = false, inEnquiry = false, inPlan = false
    var inPreProceedings = false
    var unknownDepth = 0
    /// The element open at each depth (its ``CINElement/byID`` position, -1 for one the reader
    /// does not use), so that an end is known without looking its name up again: the tokenizer
    /// ends only the innermost open element, at the depth left after it closes.
    var openElements: [Int8] = []

    // Header.
    var lea = "", collectionYear: Int?, referenceDate: Day?, referenceDateLine = 0
    var returnIndex: UInt16?

    // The child being read.
    var childID: [UInt8] = []
    var childIndex: ChildRow?
    var childLine = 0
    /// Where the open `Child` starts in the file, for ``ReadLimits/recordBytes``.
    var childOffset = 0
    var birth = Day.unknown, expectedBirth = Day.unknown
    var sex = Code<SexCodes>.blank, ethnicity = Code<EthnicityCodes>.blank, disabled: Bool?

    // The referral being read, and its records.
    var referral = Day.unknown, closure = Day.open, nfa: Bool?
    var need = Code<PrimaryNeedCodes>.blank, closureReason = Code<ReasonForClosureCodes>.blank, episodeConference = Day.unknown
    var source = Code<ReferralSourceCodes>.blank
    /// The open pre-proceedings block, and the accepted one of the open referral (one per `CINdetails`).
    var preProceedings = PreProceedings(), episodePreProceedings: PreProceedings?
    var detailsLine = 0
    var assessment = Assessment(), enquiry = Enquiry(), plan = Plan()
    var assessments: [Assessment] = [], enquiries: [Enquiry] = [], plans: [Plan] = []

    init(xml: XMLTokenizer, report: FileReport, fileIndex: UInt16, resolveAuthority: @escaping @Sendable (String) -> String?,
         context: ReturnContext?) {
        self.xml = xml
        self.report = report
        self.fileIndex = fileIndex
        self.resolveAuthority = resolveAuthority
        self.context = context
        xml.skipsBlankText = true
    }

    mutating func start() throws(DataError) {
        if inChild, xml.offset - childOffset > xml.limits.recordBytes { throw childTooLong() }
        let id = xml.withName { CINElement.names.id(of: $0) }
        let depth = xml.stack.depth
        if openElements.count < depth { openElements.append(contentsOf: repeatElement(-1, count: depth - openElements.count)) }
        openElements[depth - 1] = id.map { Int8($0) } ?? -1
        guard let id else {
            leaf = nil
            xml.skipsBlankText = true
            insideUnknown = true
            return
        }
        let element = CINElement.byID[id]
        insideUnknown = false
        leaf = element.isContainer ? nil : element
        // Blank text matters only inside a value (it is kept between its pieces).
        xml.skipsBlankText = leaf == nil
        leafLine = xml.line
        leafText.removeAll(keepingCapacity: true)
        switch element {
        case .message: sawRoot = true
        case .header: inHeader = true
        case .child:
            if inChild { abandonChild("a new Child starts before this one has ended") }
            inChild = true
            childLine = xml.line
            childOffset = xml.offset
            childID.removeAll(keepingCapacity: true)
            childIndex = nil
            birth = .unknown; expectedBirth = .unknown
            sex = .blank; ethnicity = .blank; disabled = nil
        case .cinDetails:
            if inDetails { abandonDetails("a new CINdetails starts before this one has ended") }
            inDetails = true
            detailsLine = xml.line
            referral = .unknown; closure = .open; nfa = nil
            need = .blank; closureReason = .blank; episodeConference = .unknown
            source = .blank; episodePreProceedings = nil
            assessments.removeAll(keepingCapacity: true)
            enquiries.removeAll(keepingCapacity: true)
            plans.removeAll(keepingCapacity: true)
        case .assessments:
            if inAssessment { rejectRecord(line: assessment.line, "an Assessments element that is never closed") }
            inAssessment = true; assessment = Assessment(line: xml.line)
        case .section47:
            if inEnquiry { rejectRecord(line: enquiry.line, "a Section47 element that is never closed") }
            inEnquiry = true; enquiry = Enquiry(line: xml.line)
        case .childProtectionPlans:
            if inPlan { rejectRecord(line: plan.line, "a ChildProtectionPlans element that is never closed") }
            inPlan = true; plan = Plan(line: xml.line)
        case .preProceedings:
            if inPreProceedings { rejectRecord(line: preProceedings.line, "a PreProceedingsandFGDM element that is never closed") }
            inPreProceedings = true; preProceedings = PreProceedings(line: xml.line)
        default: break
        }
    }

    // MARK: Accounting

    /// Counts a record as read and accepted.
    mutating func acceptRecord() {
        report.rowsRead += 1
        report.rowsAccepted += 1
    }

    /// Counts a record as read and rejected, with the reason.
    mutating func rejectRecord(line: Int, name: String? = nil, _ reason: String) {
        report.rowsRead += 1
        report.reject(line: line, name: name, reason)
    }

    /// Rejects the open CINdetails and the records gathered inside it.
    mutating func abandonDetails(_ reason: String) {
        rejectRecord(line: detailsLine, reason)
        for line in assessments.map(\.line) + enquiries.map(\.line) + plans.map(\.line) {
            rejectRecord(line: line, "its CINdetails is rejected")
        }
        if inAssessment { rejectRecord(line: assessment.line, "its CINdetails is rejected") }
        if inEnquiry { rejectRecord(line: enquiry.line, "its CINdetails is rejected") }
        if inPlan { rejectRecord(line: plan.line, "its CINdetails is rejected") }
        if let held = episodePreProceedings { rejectRecord(line: held.line, "its CINdetails is rejected") }
        if inPreProceedings { rejectRecord(line: preProceedings.line, "its CINdetails is rejected") }
        inDetails = false; inAssessment = false; inEnquiry = false; inPlan = false; inPreProceedings = false
        episodePreProceedings = nil
        assessments.removeAll(keepingCapacity: true)
        enquiries.removeAll(keepingCapacity: true)
        plans.removeAll(keepingCapacity: true)
    }

    /// Rejects the open Child (and its open CINdetails).
    mutating func abandonChild(_ reason: String) {
        if inDetails { abandonDetails("its Child is not complete: " + reason) }
        rejectRecord(line: childLine, reason)
        inChild = false
    }

    /// At the end of the document: records still open were cut off.
    mutating func finishDocument() {
        if inChild {
            abandonChild("the file ends inside this Child")
        } else if inDetails {
            abandonDetails("the file ends inside this CINdetails")
        }
        rejectUnclosedParts()
    }

    mutating func text() throws(DataError) {
        if leaf != nil {
            xml.withText { leafText.append(contentsOf: $0) }
            if leafText.count > xml.limits.fieldBytes { throw valueTooLong() }
        } else if !insideUnknown, !xml.withText(FieldValue.isBlank) {
            report.warn(line: xml.line, "stray text \(DataProblem.quote(xml.text.trimmingCharacters(in: " \t\n\r"), limit: 20)) between elements; ignored")
        }
    }

    // MARK: Leaf values

    func leafBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        leafText.withUnsafeBufferPointer { body(FieldValue.trimmed($0)) }
    }

    var leafString: String { leafBytes { String(decoding: $0, as: UTF8.self) } }

    /// The leaf as a date; a non-date is warned about and read as unknown.
    mutating func leafDate(_ element: CINElement) -> Day {
        if leafBytes(\.isEmpty) { return .unknown }
        if let day = leafBytes({ Day.parse(utf8: $0) }) { return day }
        report.warn(line: leafLine, column: nil, name: element.rawValue, "\(DataProblem.quote(leafString, limit: DataProblem.fieldValueLimit)) is not a date; treated as not known")
        return .unknown
    }

    mutating func leafCode<Definition: CodeListDefinition>(_ element: CINElement, _: Definition.Type = Definition.self)
        -> Code<Definition> {
        let code = Code<Definition>(rawValue: leafBytes { Definition.list.lookup($0) })
        if code.isInvalid {
            report.warn(line: leafLine, name: element.rawValue,
                        "\(DataProblem.quote(leafString, limit: DataProblem.fieldValueLimit)) is not a code of \(Definition.list.name); kept and counted as not known")
        }
        return code
    }

    mutating func leafBoolean(_ element: CINElement) -> Bool? {
        let value = leafBytes(FieldValue.boolean)
        if value == 255, !leafBytes(\.isEmpty) {
            report.warn(line: leafLine, name: element.rawValue, "\(DataProblem.quote(leafString, limit: DataProblem.fieldValueLimit)) is not true, false, 1 or 0; treated as not known")
        }
        return value == 255 ? nil : value == 1
    }
}
