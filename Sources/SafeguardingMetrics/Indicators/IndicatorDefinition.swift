/// What an indicator measures, in words: the text of its definition, from which the catalogue's
/// documentation, `indicators --list` and reports are all written.
///
/// The standard catalogue's definitions restate the DfE's (INDICATORS.md §2-3) in this project's
/// words: which records count in the numerator and the denominator, which are left out, and
/// where in the returns they come from.
///
/// ```swift
/// let definition = IndicatorCatalogue.standard["cpp.rate"]!.definition
/// print(definition.summary)
/// print("Numerator:", definition.numerator)
/// ```
@frozen
public struct IndicatorDefinition: Sendable, Hashable, Codable {
    /// One or two sentences saying what the indicator measures.
    public var summary: String
    /// What the numerator counts (for an average, what is summed).
    public var numerator: String
    /// What the denominator counts (the population, for rates; the number of scores, for an average).
    public var denominator: String
    /// Records left out of the count (of the numerator and, for a percentage or an average, the
    /// denominator too), one phrase each.
    public var exclusions: [String]
    /// Where the records come from: the return, its tables and fields.
    public var records: String
    /// Anything else a reader needs: configurable windows and code lists, records reported as
    /// coverage, known differences from the DfE's own processing.
    public var notes: [String]

    /// Creates a definition.
    public init(summary: String, numerator: String, denominator: String, exclusions: [String] = [], records: String = "",
                notes: [String] = []) {
        self.summary = summary
        self.numerator = numerator
        self.denominator = denominator
        self.exclusions = exclusions
        self.records = records
        self.notes = notes
    }

    /// The whole definition as one paragraph: the summary, then the numerator, the denominator
    /// and what is left out.
    public var text: String {
        var text = summary + " Numerator: " + numerator + ". Denominator: " + denominator + "."
        if !exclusions.isEmpty { text += " Left out: " + exclusions.joined(separator: "; ") + "." }
        return text
    }
}
