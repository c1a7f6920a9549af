/// A place in an input file: the file, the line (the header is line 1) and, when known, the
/// column and its name: in a CSV file the 1-based field number, in an XML file the 1-based
/// position in the line, counted in bytes. In a spreadsheet the line is the row and the column
/// the 1-based column of the ``sheet``, shown as a cell reference (`framework.xlsx:Framework!G2`).
@frozen
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path as given.
    public var file: String
    /// The line, counting from 1 (the header line of a CSV is 1).
    public var line: Int
    /// The 1-based column, when known: the field number in a CSV file, the byte position in the
    /// line in an XML file.
    public var column: Int?
    /// The column's name from the header, when known.
    public var columnName: String?
    /// The worksheet, in a spreadsheet (`nil` in other files).
    public var sheet: String?

    /// Creates a location; `sheet` names the worksheet of a spreadsheet.
    public init(file: String, line: Int, column: Int? = nil, columnName: String? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.sheet = sheet
    }

    /// `file:line:column (NAME)`, the form compilers use, so editors can jump to it; in a
    /// spreadsheet `file:SHEET!A1 (NAME)`, the sheet and cell as Excel writes a reference (the
    /// sheet quoted when it holds anything but letters, digits and `_`; a whole row as `SHEET!7:7`).
    public var description: String {
        var text = "\(file):\(line)"
        if let sheet {
            let plain = !sheet.isEmpty && sheet.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
            let quoted = plain ? sheet : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            text = "\(file):\(quoted)!" + (column.map { SourceLocation.columnLetters($0) + "\(line)" } ?? "\(line):\(line)")
        } else if let column {
            text += ":\(column)"
        }
        if let columnName { text += " (\(columnName))" }
        return text
    }

    /// A 1-based column number as a spreadsheet's column letters: 1 is `A`, 27 `AA`.
    public static func columnLetters(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = max(column, 1)
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }
}
