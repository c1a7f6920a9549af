import SafeguardingMetrics

extension StatisticalNeighbourSet {
    /// Reads a statistical-neighbour list in the long layout of the bundled
    /// `statistical_neighbours_2025_long.csv`: one row per authority and neighbour, with
    /// `new_la_code` and/or `old_la_code` for the authority, `sn_rank`, `sn_new_la_code` and/or
    /// `sn_old_la_code` for the neighbour, and optionally `closeness` (`extremely close`, `very
    /// close`, `close`, `somewhat close`, `not close`, in any case and with stray blanks).
    ///
    /// Codes may be E-codes or 3-digit DfE numbers; both are resolved with `directory`, and the set
    /// names authorities by the directory's current E-code. A row is rejected (with its line and
    /// column) when a code is unknown, when its two codes name different authorities, when the
    /// rank is not a whole number from 1, when an authority is its own neighbour, or when it
    /// repeats an authority's rank or neighbour. An authority with other than 10 neighbours is
    /// reported as a warning (the DfE model gives 10).
    ///
    /// ```swift
    /// let list2021 = try StatisticalNeighbourSet.read(
    ///     path: "sn_2021_long.csv", version: "2021", source: "DfE children's services statistical neighbours 2021",
    ///     licence: "Open Government Licence v3.0", directory: directory)
    /// print(list2021.report.rowsAccepted, list2021.value.neighbours(of: "E06000009").count)   // 1530 10
    /// ```
    /// - Parameters:
    ///   - path: the file.
    ///   - version: the model's version, named on every comparison.
    ///   - source: where the list came from; the path when not given.
    ///   - licence: the licence it is published under, when known.
    ///   - directory: resolves authorities to their E-codes.
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read or lacks the needed columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(path: String, version: String, source: String? = nil, licence: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<StatisticalNeighbourSet> {
        let reader = try CSVReader(path: path)
        let header = try CSVHeader(reading: reader)
        let rankColumn = try header.require(["sn_rank"], for: "a statistical-neighbour list")[0]
        let authorityColumns = (header.index("new_la_code"), header.index("old_la_code"))
        let neighbourColumns = (header.index("sn_new_la_code"), header.index("sn_old_la_code"))
        if authorityColumns == (nil, nil) || neighbourColumns == (nil, nil) {
            throw DataError(.missingColumns, "a statistical-neighbour list needs new_la_code or old_la_code, and sn_new_la_code or "
                            + "sn_old_la_code; the header has \(header.names.joined(separator: ", "))",
                            at: SourceLocation(file: path, line: 1))
        }
        let closenessColumn = header.index("closeness")
        var report = FileReport(path: path)
        var lists: [String: [StatisticalNeighbour]] = [:]
        var firstLine: [String: Int] = [:]
        while try reader.next() {
            if reader.isBlankLine { continue }
            let line = reader.line
            func reject(_ reason: String, _ column: Int?) {
                report.reject(DataProblem(reason, at: header.location(line: line, column: column), severity: .error))
            }
            let authority: String, neighbour: String
            switch resolve(reader, authorityColumns, directory, role: "authority") {
            case .success(let code): authority = code
            case .failure(let problem): reject(problem.reason, problem.column); continue
            }
            switch resolve(reader, neighbourColumns, directory, role: "neighbour") {
            case .success(let code): neighbour = code
            case .failure(let problem): reject(problem.reason, problem.column); continue
            }
            guard let rank = Int(reader.trimmed(rankColumn)), rank >= 1 else {
                reject("sn_rank \(DataProblem.quote(reader.trimmed(rankColumn))) is not a rank (1, 2, ...)", rankColumn); continue
            }
            guard neighbour != authority else { reject("\(authority) is listed as its own neighbour", neighbourColumns.0 ?? neighbourColumns.1); continue }
            let existing = lists[authority, default: []]
            if existing.contains(where: { $0.rank == rank }) {
                reject("\(authority) already has a neighbour ranked \(rank)", rankColumn); continue
            }
            if existing.contains(where: { $0.code == neighbour }) {
                reject("\(neighbour) is already a neighbour of \(authority)", neighbourColumns.0 ?? neighbourColumns.1); continue
            }
            var warnings: [DataProblem] = []
            var closeness: NeighbourCloseness?
            let band = reader.trimmed(closenessColumn)
            if !band.isEmpty {
                closeness = NeighbourCloseness(publishedText: band)
                if closeness == nil {
                    warnings.append(DataProblem("closeness \(DataProblem.quote(band)) is not a published band; left out",
                                                at: header.location(line: line, column: closenessColumn), severity: .warning))
                }
            }
            lists[authority, default: []].append(StatisticalNeighbour(code: neighbour, rank: rank, closeness: closeness))
            if firstLine[authority] == nil { firstLine[authority] = line }
            report.accept(warnings: warnings)
        }
        for (authority, neighbours) in lists.sorted(by: { firstLine[$0.key]! < firstLine[$1.key]! }) where neighbours.count != 10 {
            report.note(DataProblem("\(authority) has \(neighbours.count) neighbours; the DfE model gives 10",
                                    at: SourceLocation(file: path, line: firstLine[authority]!), severity: .warning))
        }
        let set = StatisticalNeighbourSet(version: version, source: source ?? path, licence: licence, lists: lists)
        return ReadResult(value: set, report: report)
    }

    /// Why a code in a row could not be resolved, and in which column.
    private struct CodeProblem: Error {
        let reason: String
        let column: Int?
    }

    /// The directory E-code named by the row's E-code and/or DfE-number columns.
    private static func resolve(_ reader: CSVReader, _ columns: (Int?, Int?), _ directory: LocalAuthorityDirectory,
                                role: String) -> Result<String, CodeProblem> {
        let eCode = reader.trimmed(columns.0), number = reader.trimmed(columns.1)
        let byCode = eCode.isEmpty ? nil : directory[eCode]
        let byNumber = number.isEmpty ? nil : directory[number]
        if eCode.isEmpty && number.isEmpty {
            return .failure(CodeProblem(reason: "the \(role) has no code", column: columns.0 ?? columns.1))
        }
        if !eCode.isEmpty, byCode == nil {
            return .failure(CodeProblem(reason: "\(role) \(eCode) is not in the directory", column: columns.0))
        }
        if !number.isEmpty, byNumber == nil {
            return .failure(CodeProblem(reason: "\(role) \(number) is not in the directory", column: columns.1))
        }
        if let byCode, let byNumber, byCode.code != byNumber.code {
            return .failure(CodeProblem(reason: "\(role) codes disagree: \(eCode) is \(byCode.name) but \(number) is \(byNumber.name)",
                                        column: columns.1))
        }
        return .success((byCode ?? byNumber)!.code)
    }
}
