// Each table's rows in a new order (or a subset of them): every column gathered by the same row
// indices, so the columns of a table always stay aligned. The cohort builder uses these to keep
// one row per record key and to put tables in child order.

extension EpisodeTable {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> EpisodeTable {
        var table = EpisodeTable()
        table.child = child.gathered(rows)
        table.start = start.gathered(rows)
        table.end = end.gathered(rows)
        table.reasonNewEpisode = reasonNewEpisode.gathered(rows)
        table.legalStatus = legalStatus.gathered(rows)
        table.categoryOfNeed = categoryOfNeed.gathered(rows)
        table.placement = placement.gathered(rows)
        table.provider = provider.gathered(rows)
        table.reasonCeased = reasonCeased.gathered(rows)
        table.homePostcode = homePostcode.gathered(rows)
        table.placementPostcode = placementPostcode.gathered(rows)
        table.collectionYear = collectionYear.gathered(rows)
        return table
    }
}

extension MissingEpisodeTable {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> MissingEpisodeTable {
        var table = MissingEpisodeTable()
        table.child = child.gathered(rows)
        table.start = start.gathered(rows)
        table.end = end.gathered(rows)
        table.kind = kind.gathered(rows)
        table.collectionYear = collectionYear.gathered(rows)
        return table
    }
}

extension OC2Table {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> OC2Table {
        var table = OC2Table()
        table.child = child.gathered(rows)
        table.collectionYear = collectionYear.gathered(rows)
        table.birth = birth.gathered(rows)
        table.sdqScore = sdqScore.gathered(rows)
        table.sdqReason = sdqReason.gathered(rows)
        return table
    }
}

extension OC3Table {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> OC3Table {
        var table = OC3Table()
        table.child = child.gathered(rows)
        table.collectionYear = collectionYear.gathered(rows)
        table.birth = birth.gathered(rows)
        table.inTouch = inTouch.gathered(rows)
        table.activity = activity.gathered(rows)
        table.accommodation = accommodation.gathered(rows)
        return table
    }
}

extension ReferralTable {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> ReferralTable {
        var table = ReferralTable()
        table.child = child.gathered(rows)
        table.referral = referral.gathered(rows)
        table.closure = closure.gathered(rows)
        table.noFurtherAction = noFurtherAction.gathered(rows)
        table.primaryNeed = primaryNeed.gathered(rows)
        table.reasonForClosure = reasonForClosure.gathered(rows)
        table.initialConference = initialConference.gathered(rows)
        table.collectionYear = collectionYear.gathered(rows)
        return table
    }
}

extension AssessmentTable {
    /// The rows `rows`, in that order, referring to referrals by `referral` (one per row of this table).
    func gathered(_ rows: [Int32], referral: [Int32]) -> AssessmentTable {
        var table = AssessmentTable()
        table.referral = referral.gathered(rows)
        table.start = start.gathered(rows)
        table.authorisation = authorisation.gathered(rows)
        return table
    }
}

extension Section47Table {
    /// The rows `rows`, in that order, referring to referrals by `referral` (one per row of this table).
    func gathered(_ rows: [Int32], referral: [Int32]) -> Section47Table {
        var table = Section47Table()
        table.referral = referral.gathered(rows)
        table.start = start.gathered(rows)
        table.initialConference = initialConference.gathered(rows)
        table.conferenceNotRequired = conferenceNotRequired.gathered(rows)
        return table
    }
}

extension ProtectionPlanTable {
    /// The rows `rows`, in that order, referring to referrals and children by `referral` and
    /// `child` (one per row of this table).
    func gathered(_ rows: [Int32], referral: [Int32], child: [Int32]) -> ProtectionPlanTable {
        var table = ProtectionPlanTable()
        table.referral = referral.gathered(rows)
        table.child = child.gathered(rows)
        table.start = start.gathered(rows)
        table.end = end.gathered(rows)
        table.initialCategory = initialCategory.gathered(rows)
        table.latestCategory = latestCategory.gathered(rows)
        table.previousPlans = previousPlans.gathered(rows)
        return table
    }
}

extension LocalEventTable {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> LocalEventTable {
        var table = LocalEventTable()
        table.child = child.gathered(rows)
        table.date = date.gathered(rows)
        table.kind = kind.gathered(rows)
        return table
    }
}

extension LocalEpisodeTable {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> LocalEpisodeTable {
        var table = LocalEpisodeTable()
        table.child = child.gathered(rows)
        table.start = start.gathered(rows)
        table.end = end.gathered(rows)
        table.kind = kind.gathered(rows)
        return table
    }
}

extension AttendanceTable {
    /// The rows `rows`, in that order.
    func gathered(_ rows: [Int32]) -> AttendanceTable {
        var table = AttendanceTable()
        table.child = child.gathered(rows)
        table.start = start.gathered(rows)
        table.end = end.gathered(rows)
        table.possibleSessions = possibleSessions.gathered(rows)
        table.attendedSessions = attendedSessions.gathered(rows)
        return table
    }
}
