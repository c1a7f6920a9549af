import Testing
import SafeguardingMetrics

/// Checks that an explanation's lists are the figure's counts: `numerator` rows number the
/// numerator (for an average their amounts sum to it), numerator and `denominator_only` rows number
/// a counted denominator, and each coverage kind's rows number that coverage count of `figure`,
/// the figure of the ordinary (fast) computation.
func expectExplains(_ explanation: IndicatorExplanation, _ figure: IndicatorResult, _ context: String,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let label = "\(context) \(explanation.indicator.id) \(explanation.cell ?? "total")"
    #expect(explanation.result.numerator == figure.numerator && explanation.result.denominator == figure.denominator,
            "\(label): the explanation's own figure", sourceLocation: sourceLocation)
    let numerator = explanation.records.filter { $0.countedIn == .numerator }
    let denominatorOnly = explanation.count(.denominatorOnly)
    if explanation.indicator.unit.isAverage {   // scores or days summed
        #expect(numerator.map(\.numeratorAmount).reduce(0, +) == figure.numerator, "\(label): scores", sourceLocation: sourceLocation)
    } else {
        #expect(Int64(numerator.count) == figure.numerator, "\(label): numerator rows", sourceLocation: sourceLocation)
        #expect(numerator.allSatisfy { $0.numeratorAmount == 1 }, "\(label): one each", sourceLocation: sourceLocation)
    }
    if explanation.denominatorIsPopulation {
        #expect(denominatorOnly == 0, "\(label): a rate lists its numerator", sourceLocation: sourceLocation)
        #expect(explanation.population?.population == figure.denominator || explanation.cell != nil
                    || (figure.state == .notCovered && explanation.records.isEmpty),
                "\(label): the population", sourceLocation: sourceLocation)
    } else if explanation.indicator.isLocalMeasure && explanation.indicator.unit == .count {
        #expect(denominatorOnly == 0, "\(label): a count lists its numerator", sourceLocation: sourceLocation)
    } else {
        #expect(Int64(numerator.count + denominatorOnly) == figure.denominator, "\(label): denominator rows",
                sourceLocation: sourceLocation)
    }
    for kind in CoverageKind.allCases {
        let expected = figure.coverage.first { $0.kind == kind }?.count ?? 0
        #expect(Int64(explanation.count(coverage: kind)) == expected, "\(label): \(kind.rawValue) rows",
                sourceLocation: sourceLocation)
    }
    #expect(explanation.records.allSatisfy { $0.countedIn != .excluded || !$0.coverage.isEmpty },
            "\(label): an excluded record says why", sourceLocation: sourceLocation)
}

/// The standard indicators a request can count.
var explainableIndicators: [IndicatorID] {
    IndicatorCatalogue.standard.indicators.filter(\.isComputable).map(\.id)
}
