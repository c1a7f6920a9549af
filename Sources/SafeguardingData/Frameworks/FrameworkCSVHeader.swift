import SafeguardingMetrics

/// The columns of a framework CSV file, recognised from its header.
struct FrameworkCSVHeader {
    /// A `baseline|target|actual DATE` column.
    struct PointColumn {
        var kind: FrameworkPointKind
        var date: FrameworkDate
        var column: Int
    }

    /// The column of each per-row field.
    var fields: [FrameworkField: Int] = [:]
    /// The point columns, in header order.
    var points: [PointColumn] = []
    /// `KIND numerator DATE` columns, by index into ``points``.
    var numerators: [Int: Int] = [:]
    /// `KIND denominator DATE` columns, by index into ``points``.
    var denominators: [Int: Int] = [:]
    /// The `framework_title` column: the framework's own title (its first non-blank cell), shown
    /// by reports instead of the file name.
    var frameworkTitle: Int?
    /// Columns the reader does not recognise, with the reason.
    var unrecognised: [(column: Int, reason: String)] = []

    static let required: [(FrameworkField, String)] = [
        (.id, "id"), (.outcome, "outcome"), (.title, "indicator"), (.unit, "unit"), (.polarity, "polarity"),
    ]

    /// Recognises the columns of `header`.
    ///
    /// - Throws: ``DataError`` at line 1 naming the required columns that are missing.
    init(_ header: [String], file: String) throws(DataError) {
        var counts: [(kind: FrameworkPointKind, day: Day, isNumerator: Bool, column: Int, name: String)] = []
        for (column, name) in header.enumerated() {
            let words = FrameworkCSVWords.normalised(name).split(separator: " ").map(String.init)
            if words == ["framework", "title"] && frameworkTitle == nil {
                frameworkTitle = column
                continue
            }
            if let field = FrameworkCSVHeader.field(named: words.joined(separator: " ")) {
                if fields[field] == nil {
                    fields[field] = column
                } else {
                    unrecognised.append((column, "a second \(DataProblem.quote(name)) column; the first is used"))
                }
                continue
            }
            guard let first = words.first, let kind = FrameworkPointKind(rawValue: first), words.count >= 2 else {
                unrecognised.append((column, "\(DataProblem.quote(name)) is not a framework column; it is ignored"))
                continue
            }
            let date: FrameworkDate
            do {
                date = try FrameworkDate(parsing: words.last!)
            } catch {
                unrecognised.append((column, "\(DataProblem.quote(name)): \(error.description); the column is ignored"))
                continue
            }
            if words.count == 2 {
                points.append(PointColumn(kind: kind, date: date, column: column))
            } else if words.count == 3, words[1] == "numerator" || words[1] == "denominator" {
                counts.append((kind, date.effectiveDay, words[1] == "numerator", column, name))
            } else {
                unrecognised.append((column, "\(DataProblem.quote(name)) is not a framework column; it is ignored"))
            }
        }
        let missing = FrameworkCSVHeader.required.filter { fields[$0.0] == nil }.map(\.1)
        if !missing.isEmpty {
            throw DataError(.missingColumns, "the header has no \(missing.joined(separator: ", ")) column"
                                + (missing.count > 1 ? "s" : "") + " (a framework needs id, outcome, indicator, unit, polarity)",
                            at: SourceLocation(file: file, line: 1))
        }
        for count in counts {
            guard let index = points.firstIndex(where: { $0.kind == count.kind && $0.date.effectiveDay == count.day }) else {
                unrecognised.append((count.column, "\(DataProblem.quote(count.name)) has no matching \(count.kind.rawValue) column; it is ignored"))
                continue
            }
            if count.isNumerator { numerators[index] = count.column } else { denominators[index] = count.column }
        }
    }

    /// The per-row field a header name stands for.
    static func field(named name: String) -> FrameworkField? {
        switch name {
        case "id": .id
        case "outcome", "outcome area": .outcome
        case "indicator", "title": .title
        case "unit": .unit
        case "polarity": .polarity
        case "decimals", "precision", "decimal places": .decimals
        case "comparator": .comparator
        case "computed id", "computed": .computedID
        case "basis", "period basis", "actual basis": .basis
        case "target basis", "targets": .targetBasis
        default: nil
        }
    }
}
