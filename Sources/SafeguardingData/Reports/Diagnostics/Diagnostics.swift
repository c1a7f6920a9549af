import SafeguardingMetrics

/// What a command has to say about its inputs, summarised first and then grouped by kind, so the
/// counts a reader sees first are the counts of what follows.
///
/// ```swift
/// let diagnostics = Diagnostics([error, warning, warning])
/// diagnostics.summary            // 1 error, 2 warnings: 1 scale_mismatch, 2 no_values
/// diagnostics.lines(.normal)     // the summary, then "no_values (2 warnings):" and the two, indented
/// ```
public struct Diagnostics: Sendable, Hashable {
    /// Every diagnostic, in the order found.
    public var entries: [Diagnostic]
    /// How many diagnostics of each kind ``lines(_:)`` shows at ``DiagnosticDetail/normal``.
    public var examplesPerKind: Int
    /// Kinds shown in full even at ``DiagnosticDetail/normal``: each one asks the reader to act
    /// (a suggested `computed_id`, say).
    public var kindsInFull: Set<String>

    /// Creates a list.
    public init(_ entries: [Diagnostic] = [], examplesPerKind: Int = 3, kindsInFull: Set<String> = []) {
        self.entries = entries
        self.examplesPerKind = examplesPerKind
        self.kindsInFull = kindsInFull
    }

    /// Adds a diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) { entries.append(diagnostic) }

    /// How many diagnostics have `severity`.
    public func count(_ severity: DataProblem.Severity) -> Int { entries.filter { $0.severity == severity }.count }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// The diagnostics grouped by kind: errors first, then warnings, then notes; within a
    /// severity, kinds in order of first appearance, each group in the order found.
    public var groups: [(kind: String, severity: DataProblem.Severity, entries: [Diagnostic])] {
        var order: [String] = []
        var byKind: [String: [Diagnostic]] = [:]
        for entry in entries {
            if byKind[entry.kind] == nil { order.append(entry.kind) }
            byKind[entry.kind, default: []].append(entry)
        }
        let groups = order.map { kind in
            (kind: kind, severity: byKind[kind]!.map(\.severity).max()!, entries: byKind[kind]!)
        }
        return DataProblem.Severity.allCases.reversed().flatMap { severity in groups.filter { $0.severity == severity } }
    }

    /// One line: the counts by severity, then by kind (`1 error, 19 warnings, 21 notes:
    /// 1 scale_mismatch, 14 disagrees_with_computed, …`), or `no problems`.
    public var summary: String {
        guard !entries.isEmpty else { return "no problems" }
        let names: [(DataProblem.Severity, String)] = [(.error, "error"), (.warning, "warning"), (.info, "note")]
        let counts = names.compactMap { severity, name -> String? in
            let count = count(severity)
            return count == 0 ? nil : "\(count) \(name)\(count == 1 ? "" : "s")"
        }
        return counts.joined(separator: ", ") + ": "
            + groups.map { "\($0.entries.count) \($0.kind)" }.joined(separator: ", ")
    }

    /// The lines to show at `detail`: the summary, then (unless quiet) each kind with its count
    /// and its diagnostics indented beneath, all of them when verbose, the first
    /// ``examplesPerKind`` otherwise with a line saying how many more there are. Quiet gives the
    /// summary only. An empty list gives no lines.
    public func lines(_ detail: DiagnosticDetail) -> [String] {
        guard !entries.isEmpty else { return [] }
        switch detail {
        case .quiet:
            return [summary]
        case .normal, .verbose:
            var lines = [summary]
            for group in groups {
                let noun = group.severity == .info ? "note" : group.severity.rawValue
                lines.append("\(group.kind) (\(group.entries.count) \(noun)\(group.entries.count == 1 ? "" : "s")):")
                let shown = detail == .verbose || kindsInFull.contains(group.kind) ? group.entries[...] : group.entries.prefix(examplesPerKind)
                lines += shown.map { "  " + $0.description }
                if shown.count < group.entries.count {
                    lines.append("  … and \(group.entries.count - shown.count) more (--verbose shows every one)")
                }
            }
            return lines
        }
    }
}
