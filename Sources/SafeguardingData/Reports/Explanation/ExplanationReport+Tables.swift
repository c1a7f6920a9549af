import SafeguardingMetrics

extension ExplanationReport {
    /// The tables of a spreadsheet (the SafeguardingSpreadsheet module writes them as a workbook): first
    /// `Personal data`, one column `notice` holding the personal-data notice and then one summary
    /// line per figure (as the CSV's comment lines), so the notice is the first thing the workbook
    /// shows; then `Records`, with the CSV's columns and one row per record. Child identifiers (or
    /// pseudonyms), keys and dates are text; facts that are numbers (working days, ages, scores)
    /// are numbers.
    public func tables() -> [ReportTable] {
        var notice = ReportTable(name: "Personal data", columns: ["notice"], rows: [[.text(personalDataNotice)]])
        for explanation in explanations { notice.append([.text(ExplanationReport.summary(explanation))]) }
        let facts = factNames
        var records = ReportTable(name: "Records", columns: ["la", "indicator", "cell", "child", "record", "key_name", "key",
                                                             "counted_in", "coverage"] + facts.map(\.rawValue))
        for explanation in explanations {
            for record in explanation.records {
                let values: [ReportCell] = facts.map { name in
                    switch record.fact(name) {
                    case .day(let day): .text(day.description)
                    case .integer(let value): ReportCell(value)
                    case nil: .blank
                    }
                }
                records.append([.text(explanation.authority), .text(explanation.indicator.id.rawValue), ReportCell(record.cell),
                                .text(child(record)), .text(record.table.rawValue), .text(record.table.keyName),
                                ReportCell(record.key?.description), .text(record.countedIn.rawValue),
                                ReportCell(record.coverage.isEmpty ? nil : record.coverage.map(\.rawValue).joined(separator: ";"))]
                               + values)
            }
        }
        return [notice, records]
    }
}
