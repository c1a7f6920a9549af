// The rows of every table but the children: each is staged as its table's `Row` type, which the
// table's own file declares next to its columns.

extension CohortBuilder {
    /// The collection year of a return, as the tables store it.
    private func collectionYear(_ returnIndex: UInt16) -> UInt16 {
        UInt16(clamping: returns[Int(returnIndex)].collectionYear)
    }

    /// Stages an SSDA903 episode of a return, read from `line` of `file`.
    public mutating func addEpisode(_ row: EpisodeTable.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        episodes.rows.append(row, collectionYear: collectionYear(returnIndex))
        episodes.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages a missing or away episode of a return, read from `line` of `file`.
    public mutating func addMissing(_ row: MissingEpisodeTable.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        missing.rows.append(row, collectionYear: collectionYear(returnIndex))
        missing.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages an OC2 row of a return, read from `line` of `file`. A child listed again in the same
    /// return is reported when building, and the last row kept.
    public mutating func addOC2(_ row: OC2Table.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        oc2.rows.append(row, collectionYear: collectionYear(returnIndex))
        oc2.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages an OC3 row of a return, read from `line` of `file`. A child listed again in the same
    /// return is reported when building, and the last row kept.
    public mutating func addOC3(_ row: OC3Table.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        oc3.rows.append(row, collectionYear: collectionYear(returnIndex))
        oc3.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages an SSDA903 `uasc` row (an unaccompanied asylum-seeking child) of a return, read from
    /// `line` of `file`. A child listed again in the same return is reported when building, and
    /// the last row kept.
    public mutating func addUASC(_ row: UASCTable.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        uasc.rows.append(row, collectionYear: collectionYear(returnIndex))
        uasc.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages an SSDA903 `ad1` row (an adoption) of a return, read from `line` of `file`. A child
    /// listed again in the same return is reported when building, and the last row kept.
    public mutating func addAdoption(_ row: AdoptionTable.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        adoptions.rows.append(row, collectionYear: collectionYear(returnIndex))
        adoptions.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages an SSDA903 `placed_for_adoption` row (a decision that the child should be placed for
    /// adoption) of a return, read from `line` of `file`. Rows with the same (authority, child,
    /// `DATE_PLACED`) keep the one from the latest return; a key repeated in one return is reported.
    public mutating func addPlacedForAdoption(_ row: PlacedForAdoptionTable.Row, inReturn returnIndex: UInt16, file: UInt16,
                                              line: Int) {
        placedForAdoption.rows.append(row, collectionYear: collectionYear(returnIndex))
        placedForAdoption.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages an SSDA903 `previous_permanence` row of a return, read from `line` of `file`. A child
    /// listed again in the same return is reported when building, and the last row kept.
    public mutating func addPreviousPermanence(_ row: PreviousPermanenceTable.Row, inReturn returnIndex: UInt16, file: UInt16,
                                               line: Int) {
        previousPermanence.rows.append(row, collectionYear: collectionYear(returnIndex))
        previousPermanence.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages a CIN referral (`CINdetails`) of a return, read from `line` of `file`, and returns
    /// it for its assessments, enquiries and plans to name.
    @discardableResult
    public mutating func addReferral(_ row: ReferralTable.Row, inReturn returnIndex: UInt16, file: UInt16,
                                     line: Int) -> StagedReferral {
        referrals.rows.append(row, collectionYear: collectionYear(returnIndex))
        referrals.origins.append(RowOrigin(returnIndex, file: file, line: line))
        return StagedReferral(rawValue: Int32(referrals.count - 1))
    }

    /// Stages an assessment of a staged referral.
    public mutating func addAssessment(_ row: AssessmentTable.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        precondition(Int(row.referral.rawValue) < referrals.count, "not a referral of this builder")
        assessments.rows.append(row)
        assessments.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages a section 47 enquiry of a staged referral.
    public mutating func addSection47(_ row: Section47Table.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        precondition(Int(row.referral.rawValue) < referrals.count, "not a referral of this builder")
        section47.rows.append(row)
        section47.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// Stages a child protection plan of a staged referral.
    public mutating func addPlan(_ row: ProtectionPlanTable.Row, inReturn returnIndex: UInt16, file: UInt16, line: Int) {
        precondition(Int(row.referral.rawValue) < referrals.count, "not a referral of this builder")
        let child = ChildRow(rawValue: referrals.rows.child[Int(row.referral.rawValue)])
        plans.rows.append(row, child: child)
        plans.origins.append(RowOrigin(returnIndex, file: file, line: line))
    }

    /// The index of a local kind or audit domain, adding it when new.
    public mutating func localKind(_ name: String) -> UInt16 {
        if let index = localKinds.firstIndex(of: name) { return UInt16(index) }
        precondition(localKinds.count < Int(UInt16.max), "too many local kinds")
        localKinds.append(name)
        return UInt16(localKinds.count - 1)
    }

    /// Adds a local event (every row counts).
    public mutating func addLocalEvent(_ row: LocalEventTable.Row) {
        localEvents.append(row)
    }

    /// Adds a local episode (every row counts).
    public mutating func addLocalEpisode(_ row: LocalEpisodeTable.Row) {
        localEpisodes.append(row)
    }

    /// Adds a child's attendance over a period.
    public mutating func addAttendance(_ row: AttendanceTable.Row) {
        attendance.append(row)
    }

    /// Adds a case-file audit.
    public mutating func addAudit(_ row: AuditTable.Row) {
        audits.append(row)
    }
}
