import SafeguardingMetrics

extension Diagnostics {
    /// The kind of a row with no `computed_id` whose title and unit match a standard indicator.
    public static let suggestedLink = "suggested_link"
    /// The kind of a row that is not linked and has no single suggestion.
    public static let notLinked = "not_linked"
    /// The kind of a linked row's actual that could not be computed.
    public static let notComputed = "not_computed"
    /// The kind of a note on how the report was made (no authority to compare, a period that is
    /// not 12 months).
    public static let reportNote = "report_note"
    /// The kind of a warning that a rate uses an earlier population estimate than its period's.
    public static let populationFallback = "population_fallback"

    /// Everything to tell the reader of a board report or scorecard: the framework file's problems
    /// and validation findings (against the computed actuals, so typed-in actuals that disagree
    /// are among them), unknown `computed_id`s, the scorecard's own issues (blank and TBC cells,
    /// actuals with nothing to be judged against), the actuals that could not be computed, and
    /// every row that is not linked, with the `computed_id` to add when one indicator matches.
    ///
    /// Each is listed once: the findings the scorecard repeats on its rows are taken from the file,
    /// where they have a line and column. Suggestions are always shown in full.
    ///
    /// ```swift
    /// let diagnostics = Diagnostics(report: report, framework: loaded, actuals: actuals)
    /// diagnostics.lines(.normal).forEach { print($0) }
    /// ```
    ///
    /// - Parameters:
    ///   - report: the report (its scorecard and links).
    ///   - framework: the framework as read.
    ///   - displayName: how to name the framework file (the bundled file by its name).
    ///   - actuals: the computed actuals and the notes on those that could not be computed.
    public init(report: BoardReport, framework: LoadedFramework, displayName: String? = nil,
                actuals: FrameworkActuals = FrameworkActuals()) {
        self.init(kindsInFull: [Diagnostics.suggestedLink])
        for problem in framework.validated(against: actuals.actuals) + report.links.problems {
            append(Diagnostic(problem, displayName: displayName))
        }
        func line(_ index: Int) -> String? {
            framework.sourceMap.flatMap { map in
                index < map.rows.count ? "\(displayName ?? map.file):\(map.rows[index].line)" : nil
            }
        }
        for (index, link) in report.links.links.enumerated() {
            let kind: String
            switch link.state {
            case .linked, .unknown: continue
            case .suggested: kind = Diagnostics.suggestedLink
            case .ambiguous, .unmatched: kind = Diagnostics.notLinked
            }
            append(Diagnostic(.info, kind: kind, location: line(index), subject: link.row.rawValue,
                              message: "\"\(link.title)\": " + link.reason))
        }
        for note in actuals.notes {
            append(Diagnostic(.info, kind: Diagnostics.notComputed, message: note))
        }
        for warning in actuals.warnings {
            append(Diagnostic(.warning, kind: Diagnostics.populationFallback, message: warning))
        }
        let own: Set<FrameworkIssueKind> = [.blankTarget, .tbcTarget, .blankActual, .tbcActual, .actualAfterDate,
                                            .computedUndefined, .noAim, .noSignificance, .computedNotCovered,
                                            .computedPartial]
        for (index, row) in report.scorecard.rows.enumerated() {
            for issue in row.issues where own.contains(issue.kind) {
                append(Diagnostic(issue.severity, kind: issue.kind.rawValue, location: line(index), subject: row.id.rawValue,
                                  message: issue.message))
            }
        }
    }
}
