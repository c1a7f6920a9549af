/// What an explanation asks of the counting: the indicator, the slots of its numerator,
/// denominator and coverage, and whether its denominator is a population.
struct ExplainedSlots {
    /// The indicator explained.
    let indicator: Indicator
    /// The numerator's slot.
    var numerator: Int
    /// The denominator's slot, or -1 when it is not counted (a population, or none for a count).
    var denominator: Int
    /// The coverage counts' slots and kinds.
    let coverage: [(slot: Int, kind: CoverageKind)]
    /// Whether the denominator is the area's population (a rate).
    let population: Bool
    /// Whether the denominator is counted in the slot after the numerator's (a local measure's), once placed.
    private let localDenominator: Bool

    /// The slots of a standard indicator's counters.
    init(indicator: Indicator, recipe: CounterRecipe) {
        self.indicator = indicator
        numerator = recipe.numerator.rawValue
        if case .counter(let counter) = recipe.denominator { denominator = counter.rawValue } else { denominator = -1 }
        coverage = recipe.coverage.map { ($0.counter.rawValue, $0.kind) }
        population = recipe.needsPopulation
        localDenominator = false
    }

    /// The slots of a local measure, placed by ``local(slot:)`` once the computation has it.
    init(indicator: Indicator, local measure: LocalMeasure) {
        self.indicator = indicator
        numerator = -1
        denominator = -1
        coverage = []
        population = measure.unit == .ratePer10k
        localDenominator = measure.unit != .ratePer10k && measure.unit != .count
    }

    /// Places a local measure at its computation's slot `slot` (its denominator, if counted, the next).
    mutating func local(slot: Int) {
        numerator = slot
        if localDenominator { denominator = slot + 1 }
    }

    /// Every slot the explanation keeps additions to.
    var slots: [Int] {
        [numerator] + (denominator >= 0 ? [denominator] : []) + coverage.map(\.slot)
    }
}
