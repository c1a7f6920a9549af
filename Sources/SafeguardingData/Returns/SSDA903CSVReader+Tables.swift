/// The stored sex codes the SSDA903 header's `1` and `2` become (shared by every row context).
private enum SexRaw {
    static let male = SexCodes.list.index(of: "M")!
    static let female = SexCodes.list.index(of: "F")!
    static let unknown = SexCodes.list.index(of: "U")!
}

extension RowContext {
    /// The child's identifier bytes, trimmed, passed to `body`.
    @discardableResult
    func withChild<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        reader.withField(column) { body(FieldValue.trimmed($0)) }
    }

    mutating func readHeader(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let birth = optionalDate(columns.dob, "DOB")
        if birth == DayNumber.unknown, date(columns.dob) == .blank {
            report.warn(line: reader.line, column: columns.dob + 1, name: "DOB", "DOB is blank; ages of this child are not known")
        }
        // 1 or 2, ignoring spaces, read without building an array for every row.
        let sex = reader.withField(columns.sex) { bytes -> UInt8 in
            var digit: UInt8 = 0, count = 0
            for byte in bytes where byte != 0x20 { digit = byte; count += 1 }
            if count == 0 { return CodeList.blank }
            if count == 1, digit == 0x31 { return SexRaw.male }
            if count == 1, digit == 0x32 { return SexRaw.female }
            return CodeList.invalid
        }
        if sex != SexRaw.male && sex != SexRaw.female {
            report.warn(line: reader.line, column: columns.sex + 1, name: "SEX", "\(DataProblem.quote(text(columns.sex), limit: DataProblem.fieldValueLimit)) is not a sex code (1 or 2)")
        }
        let ethnicity = code(columns.ethnic, EthnicityCodes.list)
        checkCode(ethnicity, columns.ethnic, "ETHNIC", EthnicityCodes.list, required: true)
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            builder.addChild(inReturn: returnIndex, file: file, line: line, identifier: id, birth: birth,
                             sex: sex == CodeList.invalid ? SexRaw.unknown : sex, ethnicity: ethnicity)
        }
        return true
    }

    mutating func readEpisode(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        guard let start = requiredDate(columns.decom, "DECOM"), let end = endDate(columns.dec, "DEC") else { return false }
        let rne = code(columns.rne, ReasonNewEpisodeCodes.list)
        checkCode(rne, columns.rne, "RNE", ReasonNewEpisodeCodes.list, required: true)
        let ls = code(columns.ls, LegalStatusCodes.list)
        checkCode(ls, columns.ls, "LS", LegalStatusCodes.list, required: true)
        let need = code(columns.cin, PrimaryNeedCodes.list)
        checkCode(need, columns.cin, "CIN", PrimaryNeedCodes.list)
        let place = code(columns.place, PlacementTypeCodes.list)
        checkCode(place, columns.place, "PLACE", PlacementTypeCodes.list, required: true)
        let provider = code(columns.provider, PlacementProviderCodes.list)
        checkCode(provider, columns.provider, "PLACE_PROVIDER", PlacementProviderCodes.list)
        let reason = code(columns.rec, ReasonCeasedCodes.list)
        checkCode(reason, columns.rec, "REC", ReasonCeasedCodes.list)
        let home = columns.homePostcode < 0 ? -1 : reader.withField(columns.homePostcode) { builder.postcode($0) }
        let placed = columns.placementPostcode < 0 ? -1 : reader.withField(columns.placementPostcode) { builder.postcode($0) }
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let child = builder.child(inReturn: returnIndex, identifier: id)
            builder.addEpisode(inReturn: returnIndex, file: file, line: line, child: child, start: start, end: end,
                               reasonNewEpisode: rne, legalStatus: ls, categoryOfNeed: need, placement: place,
                               provider: provider, reasonCeased: reason, homePostcode: home, placementPostcode: placed)
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
        let reason = code(columns.sdqReason, SDQReasonCodes.list)
        checkCode(reason, columns.sdqReason, "SDQ_REASON", SDQReasonCodes.list)
        withChild(childColumn) { id in
            let child = builder.child(inReturn: returnIndex, identifier: id)
            builder.addOC2(inReturn: returnIndex, child: child, birth: birth, sdqScore: score, sdqReason: reason)
        }
        return true
    }

    mutating func readOC3(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let birth = optionalDate(columns.dob, "DOB")
        let inTouch = code(columns.inTouch, InTouchCodes.list)
        checkCode(inTouch, columns.inTouch, "IN_TOUCH", InTouchCodes.list)
        let activity = code(columns.activity, ActivityCodes.list)
        checkCode(activity, columns.activity, "ACTIV", ActivityCodes.list)
        let accommodation = code(columns.accommodation, AccommodationCodes.list)
        checkCode(accommodation, columns.accommodation, "ACCOM", AccommodationCodes.list)
        withChild(childColumn) { id in
            let child = builder.child(inReturn: returnIndex, identifier: id)
            builder.addOC3(inReturn: returnIndex, child: child, birth: birth, inTouch: inTouch, activity: activity,
                           accommodation: accommodation)
        }
        return true
    }

    mutating func readMissing(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        guard let start = requiredDate(columns.missingStart, "MIS_START"), let end = endDate(columns.missingEnd, "MIS_END") else {
            return false
        }
        let kind = code(columns.missing, MissingTypeCodes.list)
        checkCode(kind, columns.missing, "MISSING", MissingTypeCodes.list, required: true)
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let child = builder.child(inReturn: returnIndex, identifier: id)
            builder.addMissing(inReturn: returnIndex, file: file, line: line, child: child, start: start, end: end, kind: kind)
        }
        return true
    }
}
