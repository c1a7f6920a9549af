/// The stored sex codes the SSDA903 header's `1` and `2` become (shared by every row context).
private enum SexRaw {
    static let male = Code<SexCodes>("M")!
    static let female = Code<SexCodes>("F")!
    static let unknown = Code<SexCodes>("U")!
}

extension RowContext {
    /// The child's identifier bytes, trimmed, passed to `body`.
    @discardableResult
    func withChild<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        reader.withField(column) { body(FieldValue.trimmed($0)) }
    }

    mutating func readHeader(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let birth = optionalDate(columns.dob, "DOB")
        if birth == .unknown, date(columns.dob) == .blank {
            report.warn(line: reader.line, column: columns.dob + 1, name: "DOB", "DOB is blank; ages of this child are not known")
        }
        // 1 or 2, ignoring spaces, read without building an array for every row.
        let sex = reader.withField(columns.sex) { bytes -> Code<SexCodes> in
            var digit: UInt8 = 0, count = 0
            for byte in bytes where byte != 0x20 { digit = byte; count += 1 }
            if count == 0 { return .blank }
            if count == 1, digit == 0x31 { return SexRaw.male }
            if count == 1, digit == 0x32 { return SexRaw.female }
            return .invalid
        }
        if sex != SexRaw.male && sex != SexRaw.female {
            report.warn(line: reader.line, column: columns.sex + 1, name: "SEX", "\(DataProblem.quote(text(columns.sex), limit: DataProblem.fieldValueLimit)) is not a sex code (1 or 2)")
        }
        let ethnicity: Code<EthnicityCodes> = code(columns.ethnic)
        checkCode(ethnicity, columns.ethnic, "ETHNIC", required: true)
        let row = ChildTable.Row(birth: birth, sex: sex.isInvalid ? SexRaw.unknown : sex, ethnicity: ethnicity)
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            builder.addChild(row, identifier: id, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    mutating func readEpisode(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        guard let start = requiredDate(columns.decom, "DECOM"), let end = endDate(columns.dec, "DEC") else { return false }
        let rne: Code<ReasonNewEpisodeCodes> = code(columns.rne)
        checkCode(rne, columns.rne, "RNE", required: true)
        let ls: Code<LegalStatusCodes> = code(columns.ls)
        checkCode(ls, columns.ls, "LS", required: true)
        let need: Code<PrimaryNeedCodes> = code(columns.cin)
        checkCode(need, columns.cin, "CIN")
        let place: Code<PlacementTypeCodes> = code(columns.place)
        checkCode(place, columns.place, "PLACE", required: true)
        let provider: Code<PlacementProviderCodes> = code(columns.provider)
        checkCode(provider, columns.provider, "PLACE_PROVIDER")
        let reason: Code<ReasonCeasedCodes> = code(columns.rec)
        checkCode(reason, columns.rec, "REC")
        let home = columns.homePostcode < 0 ? -1 : reader.withField(columns.homePostcode) { builder.postcode($0) }
        let placed = columns.placementPostcode < 0 ? -1 : reader.withField(columns.placementPostcode) { builder.postcode($0) }
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = EpisodeTable.Row(child: builder.child(inReturn: returnIndex, identifier: id), start: start, end: end,
                                       reasonNewEpisode: rne, legalStatus: ls, categoryOfNeed: need, placement: place,
                                       provider: provider, reasonCeased: reason, homePostcode: home, placementPostcode: placed)
            builder.addEpisode(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    mutating func readOC2(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let birth = optionalDate(columns.dob, "DOB")
        let score: Int8 = isBlank(columns.sdqScore) ? -1 : reader.withField(columns.sdqScore) { bytes in
            FixedDecimal.parse(utf8: FieldValue.trimmed(bytes)).flatMap { value -> Int8? in
                let whole = value.rounded(toDecimals: 0)
                return whole == value && (0...40).contains(whole.units) ? Int8(whole.units) : nil
            } ?? -2
        }
        if score == -2 {
            report.warn(line: reader.line, column: columns.sdqScore + 1, name: "SDQ_SCORE",
                        "\(DataProblem.quote(text(columns.sdqScore), limit: DataProblem.fieldValueLimit)) is not an SDQ score (0-40); treated as no score")
        }
        let reason: Code<SDQReasonCodes> = code(columns.sdqReason)
        checkCode(reason, columns.sdqReason, "SDQ_REASON")
        let outcomes = oc2Outcomes()
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = OC2Table.Row(child: builder.child(inReturn: returnIndex, identifier: id), birth: birth, sdqScore: score,
                                   sdqReason: reason, outcomes: outcomes)
            builder.addOC2(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    mutating func readOC3(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let birth = optionalDate(columns.dob, "DOB")
        let inTouch: Code<InTouchCodes> = code(columns.inTouch)
        checkCode(inTouch, columns.inTouch, "IN_TOUCH")
        let activity: Code<ActivityCodes> = code(columns.activity)
        checkCode(activity, columns.activity, "ACTIV")
        let accommodation: Code<AccommodationCodes> = code(columns.accommodation)
        checkCode(accommodation, columns.accommodation, "ACCOM")
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = OC3Table.Row(child: builder.child(inReturn: returnIndex, identifier: id), birth: birth, inTouch: inTouch,
                                   activity: activity, accommodation: accommodation)
            builder.addOC3(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    mutating func readMissing(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        guard let start = requiredDate(columns.missingStart, "MIS_START"), let end = endDate(columns.missingEnd, "MIS_END") else {
            return false
        }
        let kind: Code<MissingTypeCodes> = code(columns.missing)
        checkCode(kind, columns.missing, "MISSING", required: true)
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = MissingEpisodeTable.Row(child: builder.child(inReturn: returnIndex, identifier: id), start: start, end: end,
                                              kind: kind)
            builder.addMissing(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    /// The OC2 yes/no columns that are `1`; a value other than `0`, `1` or blank is reported and
    /// read as not yes.
    mutating func oc2Outcomes() -> OC2Outcomes {
        var outcomes: OC2Outcomes = []
        for entry in columns.oc2Outcomes {
            let value = reader.withField(entry.column) { bytes -> UInt8 in
                let trimmed = FieldValue.trimmed(bytes)
                if trimmed.isEmpty { return 0 }
                if trimmed.count == 1, trimmed[0] == 0x31 { return 1 }
                if trimmed.count == 1, trimmed[0] == 0x30 { return 0 }
                return 2
            }
            if value == 1 { outcomes.insert(entry.outcome) }
            if value == 2 {
                report.warn(line: reader.line, column: entry.column + 1, name: entry.name,
                            "\(DataProblem.quote(text(entry.column), limit: DataProblem.fieldValueLimit)) is not 0 or 1; treated as not 1")
            }
        }
        return outcomes
    }

    /// Reads a `uasc` row: the child and `DUC`, the day the status ceased (blank while it lasts). A
    /// row with an unreadable `DOB` or `DUC` is rejected, as before the table was read: whether the
    /// child was still an unaccompanied asylum-seeking child cannot be told.
    mutating func readUASC(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        guard checkDates(.uasc) else { return false }
        let ceased = optionalDate(columns.uascCeased, "DUC")
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = UASCTable.Row(child: builder.child(inReturn: returnIndex, identifier: id), ceased: ceased)
            builder.addUASC(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }
}
