import SafeguardingMetrics

/// The header line of a CSV file being read: column look-up by name (without regard to case or
/// surrounding blanks) and locations for problems.
struct CSVHeader {
    /// The file path.
    let path: String
    /// The column names, trimmed.
    let names: [String]

    /// Reads the header line of `reader`.
    ///
    /// - Throws: ``DataError`` when the file is empty.
    init(reading reader: CSVReader) throws(DataError) {
        guard try reader.next(), !reader.isBlankLine else {
            throw DataError("the file is empty: expected a header line", at: SourceLocation(file: reader.path, line: 1))
        }
        path = reader.path
        names = reader.strings().map { $0.trimmingCharacters(in: " \t") }
    }

    /// The 0-based index of the column named `name`, if present.
    func index(_ name: String) -> Int? {
        let wanted = name.lowercased()
        return names.firstIndex { $0.lowercased() == wanted }
    }

    /// The index of each named column, or a ``DataError`` at the header naming every missing one.
    func require(_ wanted: [String], for purpose: String) throws(DataError) -> [Int] {
        let indices = wanted.map(index)
        let missing = zip(wanted, indices).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            throw DataError(.missingColumns, "\(purpose) needs the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); "
                            + (HeaderLine.listed(names, separator: ", ").map { "the header has " + $0 } ?? HeaderLine.looksLikeData(names)),
                            at: SourceLocation(file: path, line: 1))
        }
        return indices.map { $0! }
    }

    /// The location of `column` (0-based) on `line`.
    func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column.map { $0 + 1 },
                       columnName: column.flatMap { $0 < names.count ? names[$0] : nil })
    }
}

extension CSVReader {
    /// Field `index` with surrounding blanks removed, or `""` when the column is absent.
    func trimmed(_ index: Int?) -> String {
        guard let index else { return "" }
        return string(at: index).trimmingCharacters(in: " \t")
    }
}

/// The last component of `path`: the name a table read from the file goes by when it is given none.
func fileName(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

/// Whether `text` looks like an ONS E-code: `E` and eight digits.
func isECode(_ text: String) -> Bool {
    let utf8 = Array(text.utf8)
    return utf8.count == 9 && (utf8[0] == UInt8(ascii: "E") || utf8[0] == UInt8(ascii: "e"))
        && utf8.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
}

/// A count written as a whole number (`531`, `531.0`), or `nil` for anything else (symbols, blanks).
func wholeNumber(_ text: String) -> Int64? {
    if let value = Int64(text) { return value }
    guard let decimal = FixedDecimal(text), decimal.rounded(toDecimals: 0) == decimal else { return nil }
    return decimal.rounded(toDecimals: 0).units
}
