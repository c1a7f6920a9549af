import SafeguardingMetrics

/// The columns that say which area a published row is about, and how to read them.
struct AreaColumns {
    /// The area of a row, or the problem that rejects the row.
    enum Lookup {
        case area(Area)
        case rejected(DataProblem)
    }

    let newCode: Int?
    let oldCode: Int?
    let name: Int?
    let regionName: Int?

    init(_ header: CSVHeader) {
        newCode = header.index("new_la_code")
        oldCode = header.index("old_la_code")
        name = header.index("la_name")
        regionName = header.index("region_name")
    }

    /// The area of the current row, or the problem that rejects it.
    func area(of reader: CSVReader, level levelColumn: Int, directory: LocalAuthorityDirectory, header: CSVHeader,
              line: Int) -> Lookup {
        let level = reader.trimmed(levelColumn)
        switch level.lowercased() {
        case "national":
            return .area(.england)
        case "regional":
            let region = reader.trimmed(regionName).isEmpty ? reader.trimmed(name) : reader.trimmed(regionName)
            guard !region.isEmpty else {
                return .rejected(DataProblem("a regional row needs region_name or la_name",
                                            at: header.location(line: line, column: regionName ?? name), severity: .error))
            }
            return .area(.region(directory.regionName(matching: region) ?? region))
        case "local authority":
            let code = reader.trimmed(newCode), number = reader.trimmed(oldCode), laName = reader.trimmed(name)
            let byCode = code.isEmpty ? nil : directory.index(of: code)
            let byNumber = number.isEmpty ? nil : directory.index(of: number)
            if let byCode, let byNumber, byCode != byNumber {
                return .rejected(DataProblem("new_la_code \(code) and old_la_code \(number) name different authorities",
                                            at: header.location(line: line, column: oldCode), severity: .error))
            }
            guard let index = byCode ?? byNumber ?? (laName.isEmpty ? nil : directory.index(of: laName)) else {
                let named = [code, number, laName].filter { !$0.isEmpty }.joined(separator: " ")
                return .rejected(DataProblem("local authority \(DataProblem.quote(named)) is not in the directory",
                                            at: header.location(line: line, column: newCode ?? oldCode ?? name), severity: .error))
            }
            return .area(.localAuthority(directory.authorities[index].code))
        default:
            return .rejected(DataProblem("geographic level \(DataProblem.quote(level)) is not compared (only National, Regional and Local authority rows are read)",
                                        at: header.location(line: line, column: levelColumn), severity: .info))
        }
    }
}
