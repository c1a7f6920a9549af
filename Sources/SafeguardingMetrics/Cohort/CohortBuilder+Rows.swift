extension CohortBuilder {
    /// Stages an SSDA903 episode. Dates are day numbers; a blank `DEC` is ``DayNumber/open``;
    /// codes are raw values of their code lists.
    public mutating func addEpisode(inReturn returnIndex: UInt16, file: UInt16, line: Int, child: Int32,
                                    start: Int32, end: Int32, reasonNewEpisode: UInt8, legalStatus: UInt8,
                                    categoryOfNeed: UInt8, placement: UInt8, provider: UInt8, reasonCeased: UInt8,
                                    homePostcode: Int32, placementPostcode: Int32) {
        episodes.child.append(child)
        episodes.start.append(start)
        episodes.end.append(end)
        episodes.reasonNewEpisode.append(reasonNewEpisode)
        episodes.legalStatus.append(legalStatus)
        episodes.categoryOfNeed.append(categoryOfNeed)
        episodes.placement.append(placement)
        episodes.provider.append(provider)
        episodes.reasonCeased.append(reasonCeased)
        episodes.homePostcode.append(homePostcode)
        episodes.placementPostcode.append(placementPostcode)
        episodes.collectionYear.append(UInt16(clamping: returns[Int(returnIndex)].collectionYear))
        episodeOrigin.append(RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line)))
    }

    /// Stages a missing or away episode.
    public mutating func addMissing(inReturn returnIndex: UInt16, file: UInt16, line: Int, child: Int32,
                                    start: Int32, end: Int32, kind: UInt8) {
        missing.child.append(child)
        missing.start.append(start)
        missing.end.append(end)
        missing.kind.append(kind)
        missing.collectionYear.append(UInt16(clamping: returns[Int(returnIndex)].collectionYear))
        missingOrigin.append(RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line)))
    }

    /// Adds an OC2 row (no key: every row counts). `sdqScore` is 0-40, -1 blank, -2 invalid.
    public mutating func addOC2(inReturn returnIndex: UInt16, child: Int32, birth: Int32, sdqScore: Int8, sdqReason: UInt8) {
        oc2.child.append(child)
        oc2.collectionYear.append(UInt16(clamping: returns[Int(returnIndex)].collectionYear))
        oc2.birth.append(birth)
        oc2.sdqScore.append(sdqScore)
        oc2.sdqReason.append(sdqReason)
    }

    /// Adds an OC3 row (no key: every row counts).
    public mutating func addOC3(inReturn returnIndex: UInt16, child: Int32, birth: Int32, inTouch: UInt8,
                                activity: UInt8, accommodation: UInt8) {
        oc3.child.append(child)
        oc3.collectionYear.append(UInt16(clamping: returns[Int(returnIndex)].collectionYear))
        oc3.birth.append(birth)
        oc3.inTouch.append(inTouch)
        oc3.activity.append(activity)
        oc3.accommodation.append(accommodation)
    }

    /// Stages a CIN referral (`CINdetails`) and returns its staging index, which its assessments,
    /// enquiries and plans refer to. A blank closure is ``DayNumber/open``; `noFurtherAction` is
    /// 1, 0 or 255 (blank).
    public mutating func addReferral(inReturn returnIndex: UInt16, file: UInt16, line: Int, child: Int32,
                                     referral: Int32, closure: Int32, noFurtherAction: UInt8, primaryNeed: UInt8,
                                     reasonForClosure: UInt8, initialConference: Int32) -> Int32 {
        referrals.child.append(child)
        referrals.referral.append(referral)
        referrals.closure.append(closure)
        referrals.noFurtherAction.append(noFurtherAction)
        referrals.primaryNeed.append(primaryNeed)
        referrals.reasonForClosure.append(reasonForClosure)
        referrals.initialConference.append(initialConference)
        referrals.collectionYear.append(UInt16(clamping: returns[Int(returnIndex)].collectionYear))
        referralOrigin.append(RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line)))
        return Int32(referrals.count - 1)
    }

    /// Stages an assessment of a staged referral.
    public mutating func addAssessment(inReturn returnIndex: UInt16, file: UInt16, line: Int, referral: Int32,
                                       start: Int32, authorisation: Int32) {
        assessments.referral.append(referral)
        assessments.start.append(start)
        assessments.authorisation.append(authorisation)
        assessmentOrigin.append(RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line)))
    }

    /// Stages a section 47 enquiry of a staged referral.
    public mutating func addSection47(inReturn returnIndex: UInt16, file: UInt16, line: Int, referral: Int32,
                                      start: Int32, initialConference: Int32, conferenceNotRequired: UInt8) {
        section47.referral.append(referral)
        section47.start.append(start)
        section47.initialConference.append(initialConference)
        section47.conferenceNotRequired.append(conferenceNotRequired)
        section47Origin.append(RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line)))
    }

    /// Stages a child protection plan of a staged referral. `previousPlans` is -1 when blank.
    public mutating func addPlan(inReturn returnIndex: UInt16, file: UInt16, line: Int, referral: Int32,
                                 start: Int32, end: Int32, initialCategory: UInt8, latestCategory: UInt8,
                                 previousPlans: Int16) {
        plans.referral.append(referral)
        plans.child.append(referrals.child[Int(referral)])
        plans.start.append(start)
        plans.end.append(end)
        plans.initialCategory.append(initialCategory)
        plans.latestCategory.append(latestCategory)
        plans.previousPlans.append(previousPlans)
        planOrigin.append(RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line)))
    }

    /// The index of a local kind or audit domain, adding it when new.
    public mutating func localKind(_ name: String) -> UInt16 {
        if let index = localKinds.firstIndex(of: name) { return UInt16(index) }
        precondition(localKinds.count < Int(UInt16.max), "too many local kinds")
        localKinds.append(name)
        return UInt16(localKinds.count - 1)
    }

    /// Adds a local event (every row counts).
    public mutating func addLocalEvent(child: Int32, date: Int32, kind: UInt16) {
        localEvents.child.append(child)
        localEvents.date.append(date)
        localEvents.kind.append(kind)
    }

    /// Adds a local episode; a blank end is ``DayNumber/open``.
    public mutating func addLocalEpisode(child: Int32, start: Int32, end: Int32, kind: UInt16) {
        localEpisodes.child.append(child)
        localEpisodes.start.append(start)
        localEpisodes.end.append(end)
        localEpisodes.kind.append(kind)
    }

    /// Adds a child's attendance over a period.
    public mutating func addAttendance(child: Int32, start: Int32, end: Int32, possible: Int32, attended: Int32) {
        attendance.child.append(child)
        attendance.start.append(start)
        attendance.end.append(end)
        attendance.possibleSessions.append(possible)
        attendance.attendedSessions.append(attended)
    }

    /// Adds an audit.
    public mutating func addAudit(authority: UInt16, date: Int32, domain: UInt16, grade: UInt8) {
        audits.authority.append(authority)
        audits.date.append(date)
        audits.domain.append(domain)
        audits.grade.append(grade)
    }
}
