extension CINReadState {
    /// Handles the end of an element: stores a leaf's value, or commits a finished record.
    mutating func end(_ builder: inout CohortBuilder) throws(DataError) {
        leaf = nil
        xml.skipsBlankText = true
        insideUnknown = false
        let depth = xml.stack.depth
        guard depth < openElements.count, openElements[depth] >= 0 else { return }
        let element = CINElement.byID[Int(openElements[depth])]
        switch element {
        // Header.
        case .lea: if inHeader { lea = leafString }
        case .year: if inHeader { collectionYear = Int(leafString) }
        case .referenceDate:
            if inHeader { referenceDate = leafDate(element); referenceDateLine = leafLine }
        case .header:
            inHeader = false
            try beginReturn(&builder)
        // Child.
        case .laChildID:
            childID.removeAll(keepingCapacity: true)
            leafBytes { childID.append(contentsOf: $0) }
        case .childIdentifiers:
            if !inChild {
                report.warn(line: xml.line, column: xml.column, "a ChildIdentifiers outside a Child; ignored")
            } else if !childID.isEmpty {
                if returnIndex == nil { try beginReturn(&builder) }
                let index = returnIndex!
                childIndex = childID.withUnsafeBufferPointer { builder.child(inReturn: index, identifier: $0) }
            }
        case .personBirthDate: birth = leafDate(element)
        case .expectedPersonBirthDate: expectedBirth = leafDate(element)
        case .genderCurrent: sex = genderCurrent()
        case .sex: sex = sexCode()
        case .ethnicity: ethnicity = leafCode(element)
        case .disability:
            let isNone = leafString.uppercased() == "NONE"
            disabled = isNone ? disabled == true : true
        case .child:
            if inDetails { abandonDetails("its Child ends before the CINdetails is closed") }
            if inChild { commitChild(&builder) } else { report.warn(line: xml.line, "a </Child> with no <Child>; ignored") }
        // Referral.
        case .cinReferralDate: referral = leafDate(element)
        case .cinClosureDate:
            let day = leafDate(element)
            closure = day == .unknown ? .open : day
        case .referralNFA: nfa = leafBoolean(element)
        case .primaryNeedCode: need = leafCode(element)
        case .reasonForClosure: closureReason = leafCode(element)
        case .dateOfInitialCPC:
            if inEnquiry { enquiry.conference = leafDate(element) } else { episodeConference = leafDate(element) }
        case .cinDetails:
            if !inDetails {
                report.warn(line: xml.line, "a </CINdetails> with no <CINdetails>; ignored")
            } else if !inChild {
                abandonDetails("a CINdetails outside a Child: a referral is read only inside its child's Child")
            } else {
                rejectUnclosedParts()
                commitDetails(&builder)
            }
        // Assessments, enquiries, plans.
        case .assessmentActualStartDate: assessment.start = leafDate(element)
        case .assessmentAuthorisationDate: assessment.authorisation = leafDate(element)
        case .assessments:
            guard inAssessment else { report.warn(line: xml.line, "an </Assessments> with no <Assessments>; ignored"); break }
            inAssessment = false
            if inDetails { assessments.append(assessment) } else { rejectRecord(line: assessment.line, "an Assessments outside a CINdetails") }
        case .s47ActualStartDate: enquiry.start = leafDate(element)
        case .icpcNotRequired: enquiry.notRequired = leafBoolean(element)
        case .section47:
            guard inEnquiry else { report.warn(line: xml.line, "a </Section47> with no <Section47>; ignored"); break }
            inEnquiry = false
            if inDetails { enquiries.append(enquiry) } else { rejectRecord(line: enquiry.line, "a Section47 outside a CINdetails") }
        case .cppStartDate: plan.start = leafDate(element)
        case .cppEndDate:
            let day = leafDate(element)
            plan.end = day == .unknown ? .open : day
        case .initialCategoryOfAbuse: plan.initial = leafCode(element)
        case .latestCategoryOfAbuse: plan.latest = leafCode(element)
        case .numberOfPreviousCPP:
            if let value = Int16(leafString), value >= 0 {
                plan.previous = value
            } else if !leafString.isEmpty {
                report.warn(line: leafLine, name: element.rawValue, "\(DataProblem.quote(leafString, limit: DataProblem.fieldValueLimit)) is not a number of plans; treated as not known")
            }
        case .childProtectionPlans:
            guard inPlan else { report.warn(line: xml.line, "a </ChildProtectionPlans> with no <ChildProtectionPlans>; ignored"); break }
            inPlan = false
            if inDetails { plans.append(plan) } else { rejectRecord(line: plan.line, "a ChildProtectionPlans outside a CINdetails") }
        // From 2025-26.
        case .referralSource: source = leafCode(element)
        case .cppReviewDate:
            if inPlan {
                let day = leafDate(element)
                if day != .unknown { plan.reviews.append(day) }
            }
        case .ppStartDate: if inPreProceedings { preProceedings.start = leafDate(element) }
        case .stepDecisionDate: if inPreProceedings { preProceedings.decision = leafDate(element) }
        case .courtAppDate: if inPreProceedings { preProceedings.court = leafDate(element) }
        case .preProceedings: endPreProceedings()
        case .assessmentFactors:
            if inAssessment {
                let code: Code<AssessmentFactorCodes> = leafCode(element)
                if code.isInvalid { assessment.invalidFactor = true } else if !code.isBlank { assessment.factors.insert(code) }
            } else {
                report.warn(line: leafLine, name: element.rawValue, "an AssessmentFactors outside an Assessments; ignored")
            }
        case .factorsIdentified: break
        case .message: break
        }
    }

    /// At the end of a `PreProceedingsandFGDM`: keeps it for its `CINdetails`, or rejects it
    /// (outside a `CINdetails`, with no readable `PPStartDate`, or a second one in the same
    /// `CINdetails`, where the first is kept).
    mutating func endPreProceedings() {
        guard inPreProceedings else {
            report.warn(line: xml.line, "a </PreProceedingsandFGDM> with no <PreProceedingsandFGDM>; ignored")
            return
        }
        inPreProceedings = false
        let block = preProceedings
        if !inDetails {
            rejectRecord(line: block.line, "a PreProceedingsandFGDM outside a CINdetails")
        } else if block.start == .unknown {
            rejectRecord(line: block.line, name: "PPStartDate", "a pre-proceedings block with no readable PPStartDate")
        } else if let first = episodePreProceedings {
            rejectRecord(line: block.line, "a second PreProceedingsandFGDM in one CINdetails (the one at line \(first.line) is kept)")
        } else {
            for (day, name) in [(block.decision, "StepDecisionDate"), (block.court, "CourtAppDate")]
            where day != .unknown && day < block.start {
                report.warn(line: block.line, name: name, "\(name) \(day) is before PPStartDate \(block.start); kept")
            }
            episodePreProceedings = block
        }
    }

    /// Starts the return named by the header (or the context).
    mutating func beginReturn(_ builder: inout CohortBuilder) throws(DataError) {
        if returnIndex != nil { return }
        let location = SourceLocation(file: report.path, line: xml.line)
        var authority = lea.isEmpty ? nil : resolveAuthority(lea)
        var year = collectionYear
        if authority == nil || year == nil, let context {
            authority = authority ?? context.authority
            year = year ?? context.collectionYear
        }
        guard let authority else {
            throw DataError(.unplaced, lea.isEmpty ? "the header has no LEA: cannot tell which authority the file belongs to"
                            : "the header's LEA \(DataProblem.quote(lea)) is not a local authority this reader knows", at: location)
        }
        guard let year, (1990...2100).contains(year) else {
            throw DataError(.unplaced, "the header has no collection Year: cannot tell which year the file belongs to", at: location)
        }
        if let referenceDate, referenceDate != .unknown, referenceDate != Day(year: year, month: 3, day: 31) {
            report.warn(line: referenceDateLine, name: "ReferenceDate",
                        "ReferenceDate \(referenceDate) is not 31 March \(year); the file is read as collection year \(year)")
        }
        returnIndex = builder.returnIndex(authority: builder.authority(authority), collectionYear: year,
                                          source: .cinCensus, file: report.path)
    }

    /// The end of the open referral's pre-proceedings: the earlier of the decision and the court
    /// application, or open.
    var preProceedingsEnd: Day {
        guard let block = episodePreProceedings else { return .open }
        let ends = [block.decision, block.court].filter { $0 != .unknown }
        return ends.min() ?? .open
    }

    mutating func genderCurrent() -> Code<SexCodes> {
        switch leafString {
        case "1": return Code("M")!
        case "2": return Code("F")!
        case "0", "9": return Code("U")!
        case "": return .blank
        default:
            report.warn(line: leafLine, name: "GenderCurrent", "\(DataProblem.quote(leafString, limit: DataProblem.fieldValueLimit)) is not a GenderCurrent code (1, 2, 0 or 9)")
            return .invalid
        }
    }

    mutating func sexCode() -> Code<SexCodes> {
        let text = leafString.uppercased()
        if let raw = SexCodes.list.index(of: text) { return Code(rawValue: raw) }
        if text == "1" || text == "2" {
            report.warn(line: leafLine, name: "Sex", "\(DataProblem.quote(text)) is a GenderCurrent code in a Sex element; read as \(text == "1" ? "M" : "F")")
            return Code(text == "1" ? "M" : "F")!
        }
        report.warn(line: leafLine, name: "Sex", "\(DataProblem.quote(leafString, limit: DataProblem.fieldValueLimit)) is not a Sex code (M, F or U)")
        return .invalid
    }

    mutating func commitChild(_ builder: inout CohortBuilder) {
        inChild = false
        guard let returnIndex, childIndex != nil else {
            rejectRecord(line: childLine, name: "LAchildID", "a Child with no LAchildID")
            return
        }
        if birth == .unknown, expectedBirth == .unknown {
            report.warn(line: childLine, name: "PersonBirthDate", "no PersonBirthDate or ExpectedPersonBirthDate; ages are not known")
        }
        let row = ChildTable.Row(birth: birth, expectedBirth: expectedBirth, sex: sex, ethnicity: ethnicity, disabled: disabled)
        let file = fileIndex, line = childLine
        _ = childID.withUnsafeBufferPointer {
            builder.addChild(row, identifier: $0, inReturn: returnIndex, file: file, line: line)
        }
        acceptRecord()
    }

    mutating func commitDetails(_ builder: inout CohortBuilder) {
        inDetails = false
        guard let returnIndex, let child = childIndex else {
            inDetails = true
            abandonDetails("the record's child has no LAchildID")
            return
        }
        guard referral != .unknown else {
            inDetails = true
            abandonDetails("a CINdetails with no readable CINreferralDate")
            return
        }
        let file = fileIndex
        let staged = builder.addReferral(ReferralTable.Row(child: child, referral: referral, closure: closure, noFurtherAction: nfa,
                                                           primaryNeed: need, reasonForClosure: closureReason,
                                                           initialConference: episodeConference, source: source,
                                                           preProceedingsStart: episodePreProceedings?.start ?? .unknown,
                                                           preProceedingsEnd: preProceedingsEnd),
                                         inReturn: returnIndex, file: file, line: detailsLine)
        acceptRecord()
        if episodePreProceedings != nil { acceptRecord() }
        episodePreProceedings = nil
        for item in assessments {
            builder.addAssessment(AssessmentTable.Row(referral: staged, start: item.start, authorisation: item.authorisation,
                                                      factors: item.factors, invalidFactor: item.invalidFactor),
                                  inReturn: returnIndex, file: file, line: item.line)
            acceptRecord()
        }
        for item in enquiries {
            builder.addSection47(Section47Table.Row(referral: staged, start: item.start, initialConference: item.conference,
                                                    conferenceNotRequired: item.notRequired),
                                 inReturn: returnIndex, file: file, line: item.line)
            acceptRecord()
        }
        for item in plans {
            guard item.start != .unknown else {
                rejectRecord(line: item.line, name: "CPPstartDate", "a child protection plan with no readable CPPstartDate")
                continue
            }
            builder.addPlan(ProtectionPlanTable.Row(referral: staged, start: item.start, end: item.end, initialCategory: item.initial,
                                                    latestCategory: item.latest, previousPlans: item.previous,
                                                    reviews: item.reviews),
                            inReturn: returnIndex, file: file, line: item.line)
            acceptRecord()
        }
    }
}
