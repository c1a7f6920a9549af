import SafeguardingMetrics

extension IndicatorList {
    /// The list as a DocC article in Markdown, `IndicatorDefinitions.md` of the library's
    /// documentation: a section per ``SafeguardingMetrics/IndicatorFamily``, then one for any other indicator of the
    /// catalogue, and a subsection per indicator with its facts, definition, requirements,
    /// published columns and LAIT measure.
    ///
    /// `Scripts/generate-indicator-docs.sh` writes it for the standard catalogue, and a test fails
    /// when the committed article and the definitions disagree.
    public func article() -> String {
        var out = """
            # Indicator definitions

            What every indicator of the standard catalogue counts, generated from its definition.

            ## Overview

            Each indicator of ``IndicatorCatalogue/standard`` is one ``Indicator`` value: its identifier, \
            title, definition, unit, precision, polarity, kind, how it is counted, what that needs, and \
            where the DfE and LAIT publish it. This page is written from those values by \
            `Scripts/generate-indicator-docs.sh`, and a test fails when it and the definitions disagree; \
            `safeguarding-metrics indicators --list` prints the same definitions. INDICATORS.md is the \
            contract they follow: rates are per 10,000 children aged 0-17 (the ONS mid-year estimate of \
            the calendar year the period starts in), values round half up at the published precision, \
            and a zero denominator is undefined.

            """
        var families: [(String, [Indicator])] = IndicatorFamily.allCases.map { family in
            (family.title, catalogue.indicators.filter { IndicatorFamily.of($0.id) == family })
        }
        families.append(("Other indicators", catalogue.indicators.filter { IndicatorFamily.of($0.id) == nil }))
        for (title, indicators) in families where !indicators.isEmpty {
            out += "\n## \(title)\n"
            for indicator in indicators { out += "\n" + IndicatorList.section(indicator) }
        }
        return out
    }

    /// One indicator's subsection.
    static func section(_ indicator: Indicator) -> String {
        let definition = indicator.definition
        let requirements = indicator.requirements
        var lines = ["### \(indicator.title)", "",
                     "`\(indicator.id)` · " + facts(indicator) { "`\($0)`" },
                     "", definition.summary, "",
                     "- Numerator: \(definition.numerator).",
                     "- Denominator: \(definition.denominator)."]
        if !definition.exclusions.isEmpty { lines.append("- Left out: \(definition.exclusions.joined(separator: "; ")).") }
        lines.append("- Records: \(definition.records).")
        if let lookback = indicator.lookback { lines.append("- Looks back to \(lookback.explanation).") }
        var needs = requirements.population ? ["a population of children aged 0-17"] : []
        if requirements.postcodes { needs.append("a postcode lookup") }
        lines.append("- Reads " + list(requirements.tables.names) + (needs.isEmpty ? "" : "; needs " + list(needs)) + ".")
        lines.append("- Breakdowns: " + breakdowns(requirements.breakdowns) + ".")
        if let columns = indicator.publishedColumns {
            var counts: [String] = []
            if let numerator = columns.numerator { counts.append("numerator `\(numerator)`") }
            if let denominator = columns.denominator { counts.append("denominator `\(denominator)`") }
            lines.append("- Published: `\(columns.value)`" + (counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")
                + " in the DfE's children's social care indicators file (`la_csc_indicators_2024_2025.csv`).")
        }
        lines += definition.notes.map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The breakdowns that classify the records, by the child and by the record.
    private static func breakdowns(_ breakdowns: [Breakdown]) -> String {
        let byChild = breakdowns.filter { Breakdown.childCharacteristics.contains($0) }
        let byRecord = breakdowns.filter { !Breakdown.childCharacteristics.contains($0) }
        var parts: [String] = []
        if !byChild.isEmpty { parts.append("by the child (" + list(byChild.map { "`\($0.rawValue)`" }) + ")") }
        if !byRecord.isEmpty { parts.append("by the record (" + list(byRecord.map { "`\($0.rawValue)`" }) + ")") }
        return parts.isEmpty ? "none apply" : parts.joined(separator: " and ")
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
