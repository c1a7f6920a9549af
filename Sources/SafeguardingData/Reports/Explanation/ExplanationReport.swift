import SafeguardingMetrics

/// The records behind one or more figures, written as CSV or JSON: one row per record, with its
/// `counted_in` (`numerator`, `denominator_only`, `excluded`) and `coverage`.
///
/// It holds personal data: child identifiers, or with a ``ChildPseudonymiser`` their keyed
/// hashes (still personal data, since the key's holder can link them back). Both formats say so
/// first thing. No other report of the library lists children.
///
/// ```swift
/// let explanation = try computation.explain("cla.rate", authority: "E06000009")
/// let report = ExplanationReport([explanation], pseudonymiser: try ChildPseudonymiser(keyFile: "partner.key"))
/// try AtomicFileWriter(path: "cla-children.csv").write(report.csv())
/// ```
public struct ExplanationReport: Sendable {
    /// The explanations, in the order written.
    public var explanations: [IndicatorExplanation]
    /// Replaces child identifiers when given.
    public var pseudonymiser: ChildPseudonymiser?

    /// A report of `explanations`, with child identifiers replaced when `pseudonymiser` is given.
    public init(_ explanations: [IndicatorExplanation], pseudonymiser: ChildPseudonymiser? = nil) {
        self.explanations = explanations
        self.pseudonymiser = pseudonymiser
    }

    /// The sentence both formats open with: the file holds personal data.
    public var personalDataNotice: String {
        pseudonymiser == nil
            ? "PERSONAL DATA: this file lists children by their identifiers in the returns. Keep it as securely "
                + "as the returns; share it only under a data-sharing agreement."
            : "PERSONAL DATA: this file lists children by pseudonyms (HMAC-SHA-256 of their identifiers under a "
                + "secret key); whoever holds the key can link them back to the children. Share it only under a "
                + "data-sharing agreement."
    }

    /// The child column of a record: its identifier, or its pseudonym.
    func child(_ record: ExplainedRecord) -> String {
        pseudonymiser?.pseudonym(for: record.child) ?? record.child
    }

    /// The fact names any record of the report has, in ``RecordFact/Name`` order: the CSV's fact columns.
    var factNames: [RecordFact.Name] {
        var present = Set<RecordFact.Name>()
        for explanation in explanations { for record in explanation.records { for fact in record.facts { present.insert(fact.name) } } }
        return RecordFact.Name.allCases.filter(present.contains)
    }

    /// One line about an explanation's figure: its numerator and denominator (none for a count),
    /// and for a rate the population and its mid-year.
    static func summary(_ explanation: IndicatorExplanation) -> String {
        let result = explanation.result
        var line = "\(explanation.indicator.id) for \(explanation.authority)"
            + (explanation.cell.map { " (cell \($0))" } ?? "")
            + ", \(explanation.period.start)..\(explanation.period.end): numerator \(result.numerator)"
        if explanation.denominatorIsPopulation {
            if let population = explanation.population {
                line += ", over the population aged 0-17 of \(population.population) (ONS mid-\(population.midYear) "
                    + "estimate, \(population.vintage)); the records are the numerator's"
            } else {
                line += ", over a population this cell does not have; the records are the numerator's"
            }
        } else if explanation.indicator.isLocalMeasure && explanation.indicator.unit == .count {
            line += " (a count: the records are what it counted)"
        } else {
            line += ", denominator \(result.denominator)"
        }
        return line
    }
}
