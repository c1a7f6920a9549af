import SafeguardingMetrics

/// The definitions of a catalogue's indicators, written for people and programs: what
/// `indicators --list` prints, in text, CSV and JSON, and the DocC article of the standard
/// catalogue (``article()``).
///
/// Every word comes from the indicators' own values (``SafeguardingMetrics/Indicator/definition``, unit, precision,
/// polarity, kind, source, ``SafeguardingMetrics/Indicator/requirements``, ``SafeguardingMetrics/Indicator/lookback``, published columns
/// and LAIT measure), so the list and the documentation cannot disagree with the computation.
///
/// ```swift
/// print(IndicatorList(.standard).json())   // {"indicators": [{"id": "referrals.rate", …}, …]}
/// ```
public struct IndicatorList: Sendable {
    /// The definitions, in catalogue order.
    public var catalogue: IndicatorCatalogue

    /// A list of `catalogue`'s indicators.
    public init(_ catalogue: IndicatorCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// Each indicator as a heading line (identifier and title), then its facts and definition
    /// indented and wrapped at 100 columns, with a blank line between indicators.
    public func text() -> String {
        catalogue.indicators.map { indicator in
            var lines = ["\(indicator.id)  \(indicator.title)"] + IndicatorList.wrap(IndicatorList.factList(indicator), separator: " · ", indent: "  ")
            lines += IndicatorList.wrap(indicator.definition.summary, indent: "  ")
            lines += IndicatorList.wrap("Numerator: " + indicator.definition.numerator + ".", indent: "  ")
            lines += IndicatorList.wrap("Denominator: " + indicator.definition.denominator + ".", indent: "  ")
            if !indicator.definition.exclusions.isEmpty {
                lines += IndicatorList.wrap("Left out: " + indicator.definition.exclusions.joined(separator: "; ") + ".", indent: "  ")
            }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// One row per indicator: `id,title,definition,numerator,denominator,exclusions,unit,decimals,
    /// polarity,kind,source,lait_measure` (exclusions joined by "; ", an empty `lait_measure`
    /// where there is none), quoted as RFC 4180 requires: ``table()`` as CSV.
    public func csv() -> String {
        table().csv()
    }

    /// The rows of ``csv()`` as a table named `Definitions` (`decimals` a number, the rest text):
    /// the definitions sheet of a report's spreadsheet.
    public func table() -> ReportTable {
        ReportTable(name: "Definitions", columns: [
            "id", "title", "definition", "numerator", "denominator", "exclusions", "unit", "decimals", "polarity",
            "kind", "source", "lait_measure",
        ], rows: catalogue.indicators.map { indicator in
            [ReportCell(indicator.id.rawValue), ReportCell(indicator.title), ReportCell(indicator.definition.text),
             ReportCell(indicator.definition.numerator), ReportCell(indicator.definition.denominator),
             ReportCell(indicator.definition.exclusions.joined(separator: "; ")), ReportCell(indicator.unit.rawValue),
             ReportCell(indicator.decimals), ReportCell(indicator.polarity.rawValue), ReportCell(indicator.kind.rawValue),
             ReportCell(indicator.source.rawValue), ReportCell(indicator.laitMeasure)]
        })
    }

    /// The indicator's unit, precision, polarity, kind, source and LAIT measure on one line:
    /// `rate per 10,000 · 1 decimal place · polarity none · flow, annualised over a part year · CIN
    /// census · LAIT CIN`, with the LAIT measure's name written by `code`. The kind says `flow,
    /// annualised over a part year` for a flow count or rate (``SafeguardingMetrics/Indicator/isAnnualisable``),
    /// else `flow` or `snapshot`.
    static func facts(_ indicator: Indicator, code: (String) -> String = { $0 }) -> String {
        factList(indicator, code: code).joined(separator: " · ")
    }

    /// The facts of ``facts(_:code:)``, one string each.
    static func factList(_ indicator: Indicator, code: (String) -> String = { $0 }) -> [String] {
        let kind = indicator.isAnnualisable ? "flow, annualised over a part year" : indicator.kind.rawValue
        var facts = [indicator.unit.displayName, places(indicator.decimals), "polarity \(indicator.polarity.rawValue)",
                     kind, sourceName(indicator.source)]
        if let lait = indicator.laitMeasure { facts.append("LAIT " + code(lait)) }
        return facts
    }

    /// "0 decimal places (whole numbers)", "1 decimal place", "2 decimal places".
    static func places(_ decimals: Int) -> String {
        switch decimals {
        case 0: "whole numbers"
        case 1: "1 decimal place"
        default: "\(decimals) decimal places"
        }
    }

    /// A return's name: "CIN census", "SSDA903", "local tables".
    static func sourceName(_ source: IndicatorSource) -> String {
        switch source {
        case .cinCensus: "CIN census"
        case .ssda903: "SSDA903"
        case .local: "local tables"
        }
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stays
    /// whole), each starting with `indent`.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> [String] {
        wrap(text.split(separator: " ").map(String.init), separator: " ", indent: indent, width: width)
    }

    /// `pieces` joined by `separator` into lines of at most `width` characters (a longer piece
    /// stays whole), each starting with `indent`.
    static func wrap(_ pieces: [String], separator: String, indent: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        var line = indent
        for piece in pieces {
            if line.count > indent.count, line.count + separator.count + piece.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? separator : "") + piece
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}
