/// The SSDA903 adoption tables (`ad1`, `placed_for_adoption`, `previous_permanence`), read from CSV
/// rows and from the XML records gathered into the same columns. Column positions are looked up by
/// name: the tables are small.
extension RowContext {
    /// Reads an `ad1` row. A row with an unreadable `DOB`, `DATE_INT` or `DATE_MATCH` is rejected, as
    /// before the table was read; a blank date, a `FOSTER_CARE` other than 0 or 1, an `NB_ADOPTR`
    /// other than 1 or 2, and a `SEX_ADOPTR` or `LS_ADOPTR` not in its list are reported and the row
    /// kept with that field not known.
    mutating func readAdoption(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        guard checkDates(.ad1) else { return false }
        let decided = reportedBlank(column("DATE_INT"), "DATE_INT"), matched = reportedBlank(column("DATE_MATCH"), "DATE_MATCH")
        let fosterColumn = column("FOSTER_CARE")
        let foster = smallNumber(fosterColumn, "FOSTER_CARE", allowed: 0...1, "0 or 1")
        let adopters = smallNumber(column("NB_ADOPTR"), "NB_ADOPTR", allowed: 1...2, "1 or 2")
        let sex: Code<AdopterSexCodes> = code(column("SEX_ADOPTR"))
        checkCode(sex, column("SEX_ADOPTR"), "SEX_ADOPTR", required: true)
        let status: Code<AdopterLegalStatusCodes> = code(column("LS_ADOPTR"))
        checkCode(status, column("LS_ADOPTR"), "LS_ADOPTR", required: true)
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = AdoptionTable.Row(child: builder.child(inReturn: returnIndex, identifier: id), decided: decided,
                                        matched: matched, byFosterCarers: foster.map { $0 == 1 }, adopters: adopters,
                                        adopterSex: sex, adopterLegalStatus: status)
            builder.addAdoption(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    /// Reads a `placed_for_adoption` row: a blank or unreadable `DATE_PLACED`, or an unreadable
    /// `DOB` or `DATE_PLACED_CEASED`, rejects it; a decision that ceases before it was made is
    /// reported and kept; a `REASON_PLACED_CEASED` not in its list is reported and kept as not known.
    mutating func readPlacedForAdoption(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let dob = column("DOB")
        if date(dob) == .invalid {
            report.reject(line: reader.line, column: dob + 1, name: "DOB",
                          "\(DataProblem.quote(text(dob), limit: DataProblem.fieldValueLimit)) is not a date")
            return false
        }
        let ceasedColumn = column("DATE_PLACED_CEASED")
        guard let decided = requiredDate(column("DATE_PLACED"), "DATE_PLACED"),
              let ceased = endDate(ceasedColumn, "DATE_PLACED_CEASED") else { return false }
        if ceased != .open, ceased < decided {
            report.warn(line: reader.line, column: ceasedColumn + 1, name: "DATE_PLACED_CEASED",
                        "the decision ceases (\(ceased)) before it was made (\(decided)); kept as written")
        }
        let reason: Code<PlacedForAdoptionCeasedCodes> = code(column("REASON_PLACED_CEASED"))
        checkCode(reason, column("REASON_PLACED_CEASED"), "REASON_PLACED_CEASED")
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = PlacedForAdoptionTable.Row(child: builder.child(inReturn: returnIndex, identifier: id), decided: decided,
                                                 ceased: ceased, reasonCeased: reason)
            builder.addPlacedForAdoption(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    /// Reads a `previous_permanence` row. An unreadable `DOB` rejects it, as before the table was
    /// read. `DATE_PERM` may be a date, `zz/MM/YYYY` (month and year) or `zz/zz/YYYY` (year), as
    /// the SSDA903 guide allows; anything else is reported and read as not known. A blank or
    /// unknown `PREV_PERM`, and an `LA_PERM` that is not a number, are reported and kept as not known.
    mutating func readPreviousPermanence(_ returnIndex: UInt16, _ childColumn: Int, _ builder: inout CohortBuilder) -> Bool {
        let dob = column("DOB")
        if date(dob) == .invalid {
            report.reject(line: reader.line, column: dob + 1, name: "DOB",
                          "\(DataProblem.quote(text(dob), limit: DataProblem.fieldValueLimit)) is not a date")
            return false
        }
        let kind: Code<PreviousPermanenceCodes> = code(column("PREV_PERM"))
        checkCode(kind, column("PREV_PERM"), "PREV_PERM", required: true)
        let authority = smallNumber(column("LA_PERM"), "LA_PERM", allowed: 0...999, "a local authority number")
        let parts = permanenceDate(column("DATE_PERM"))
        let file = fileIndex, line = reader.line
        withChild(childColumn) { id in
            let row = PreviousPermanenceTable.Row(child: builder.child(inReturn: returnIndex, identifier: id), kind: kind,
                                                  authority: authority, year: parts.year, month: parts.month, day: parts.day)
            builder.addPreviousPermanence(row, inReturn: returnIndex, file: file, line: line)
        }
        return true
    }

    /// A date the DfE's layout requires but the reader can do without: a blank one is reported and
    /// read as not known (an unreadable one has rejected the row already, in ``checkDates(_:)``).
    mutating func reportedBlank(_ col: Int, _ name: String) -> Day {
        if case .day(let day) = date(col) { return day }
        report.warn(line: reader.line, column: col + 1, name: name, "\(name) is blank; read as not known")
        return .unknown
    }

    /// A whole number in `allowed`, or `nil` when blank (silently) or anything else (reported).
    mutating func smallNumber(_ col: Int, _ name: String, allowed: ClosedRange<Int>, _ expected: String) -> Int? {
        if col < 0 || isBlank(col) { return nil }
        let value = text(col)
        if value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), value.utf8.count <= 4, let number = Int(value),
           allowed.contains(number) {
            return number
        }
        report.warn(line: reader.line, column: col + 1, name: name,
                    "\(DataProblem.quote(value, limit: DataProblem.fieldValueLimit)) is not \(expected); read as not known")
        return nil
    }

    /// The parts of `DATE_PERM` given: a date, `zz/MM/YYYY` or `zz/zz/YYYY` (either case); anything
    /// else is reported and read as not known.
    mutating func permanenceDate(_ col: Int) -> (year: Int?, month: Int?, day: Int?) {
        switch date(col) {
        case .blank: return (nil, nil, nil)
        case .day(let day):
            let civil = day.components
            return (civil.year, civil.month, civil.day)
        case .invalid:
            let parts = text(col).lowercased().split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 3, parts[0] == "zz", parts[2].count == 4, let year = Int(parts[2]), year > 0 {
                if parts[1] == "zz" { return (year, nil, nil) }
                if parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) { return (year, month, nil) }
            }
            report.warn(line: reader.line, column: col + 1, name: "DATE_PERM",
                        "\(DataProblem.quote(text(col), limit: DataProblem.fieldValueLimit)) is not a date, zz/MM/YYYY or "
                            + "zz/zz/YYYY; read as not known")
            return (nil, nil, nil)
        }
    }
}
