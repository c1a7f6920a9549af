import Foundation
import SafeguardingData
import SafeguardingSpreadsheet

/// Reads the framework a command was given (CSV, or an Excel workbook or JSON by its extension),
/// reporting every problem on stderr with its line and column (a workbook's with its sheet and cell).
struct FrameworkInput {
    /// The framework as read.
    var loaded: LoadedFramework
    /// The path as given.
    let path: String
    /// How the file is named in diagnostics (the bundled file by its name).
    var displayName: String

    /// Reads `path`; a `.json` file as JSON, an `.xlsx` file as a workbook, anything else as CSV.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the file is missing, unreadable, or lacks a
    ///   required column.
    init(path: String, name: String? = nil, version: String? = nil) throws(ToolError) {
        self.path = path
        self.displayName = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .invalidData("\(path): no such framework file (give --framework a CSV in the Blackpool layout, "
                + "an Excel workbook (.xlsx) in the same layout, or a framework JSON)")
        }
        do {
            if LoadedFramework.isWorkbook(path) {
                loaded = try FrameworkWorkbook.read(path: path, name: name, version: version)
            } else {
                loaded = try LoadedFramework.read(path: path, name: name, version: version)
            }
        } catch {
            throw .data(error)
        }
    }

    /// The demonstration's framework: the bundled Blackpool one with its rows linked
    /// (``Demonstration/framework()``), named as bundled in diagnostics.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the bundled file cannot be read.
    static func demonstration() throws(ToolError) -> FrameworkInput {
        do {
            return FrameworkInput(loaded: try Demonstration.framework(), path: ReferenceData.blackpoolFramework,
                                  displayName: "blackpool_outcomes_framework_2024_01.csv (bundled)")
        } catch {
            throw .data(error)
        }
    }

    /// A framework already read from `path`, named `displayName` in diagnostics.
    init(loaded: LoadedFramework, path: String, displayName: String) {
        self.loaded = loaded
        self.path = path
        self.displayName = displayName
    }

    /// Writes the diagnostics of `report` made from this framework (its problems, the scorecard's
    /// issues, the notes on `actuals`, the rows not linked) and the command's own `notes` to
    /// stderr at the console's detail;
    /// under `--quiet`, the summary only when the command is `failing`.
    func reportDiagnostics(of report: BoardReport, actuals: FrameworkActuals = FrameworkActuals(), notes: [String] = [],
                           failing: Bool, to console: Console) {
        var diagnostics = Diagnostics(report: report, framework: loaded, displayName: displayName, actuals: actuals)
        notes.forEach { diagnostics.append(Diagnostic(.info, kind: Diagnostics.reportNote, message: $0)) }
        console.report(diagnostics, failing: failing)
    }

    /// An error when a cell does not parse as a value or a `computed_id` names no indicator
    /// (each is listed above it), unless `lenient`.
    func strictError(links: FrameworkLinks, lenient: Bool) -> ToolError? {
        guard !lenient else { return nil }
        let unreadable = loaded.problems.filter { $0.kind == .unreadableValue }.count
        let unknown = links.problems.count
        guard unreadable + unknown > 0 else { return nil }
        var what: [String] = []
        if unreadable > 0 { what.append("\(unreadable) cell\(unreadable == 1 ? " does" : "s do") not parse as a value") }
        if unknown > 0 { what.append("\(unknown) computed_id\(unknown == 1 ? " names" : "s name") no indicator") }
        return .invalidData(what.joined(separator: " and ") + " (see above); correct the framework, or give --lenient "
            + "to go on without them")
    }

    /// An error when rows could not be read as framework rows (they are reported above it).
    var rejectedRowsError: ToolError? {
        guard loaded.rowsRejected > 0 else { return nil }
        return .invalidData("\(loaded.rowsRejected) of \(loaded.rowsRead) framework rows do not parse and are left "
            + "out (see the problems above); the output has the other rows")
    }

    /// The scorecard date when `--at` is not given: the framework's version when it is a date
    /// (`2024-01`), else the date of its latest actual, else its latest target, else today.
    var defaultDate: FrameworkDate {
        if let version = try? FrameworkDate(parsing: loaded.framework.version) { return version }
        let points = loaded.framework.indicators.flatMap(\.points)
        if let latest = points.filter({ $0.kind == .actual && $0.value != nil }).map(\.date).max() { return latest }
        if let latest = points.filter({ $0.kind == .target && $0.value != nil }).map(\.date).max() { return latest }
        let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return (try? FrameworkDate(parsing: String(format: "%04d-%02d-%02d", today.year!, today.month!, today.day!)))
            ?? "2025-03"
    }

    /// Parses `--at`.
    static func date(_ text: String) throws(ToolError) -> FrameworkDate {
        do { return try FrameworkDate(parsing: text) } catch {
            throw .invalidUsage("--at \(text): not a date; write yyyy-mm (2024-01) or yyyy-mm-dd")
        }
    }
}
