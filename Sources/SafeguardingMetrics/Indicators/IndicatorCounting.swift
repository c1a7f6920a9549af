/// How the computation counts an indicator: the part of a definition that is code, not text.
///
/// It is internal: a catalogue built by a user gets it from the public initialisers of
/// ``Indicator`` (the standard counting for a standard identifier, a local measure's template, or
/// none), so a user never names a counter.
@usableFromInline
enum IndicatorCounting: Sendable, Hashable {
    /// A standard indicator, made from the kernel's counters.
    case counters(CounterRecipe)
    /// A local measure on the cohort's local tables (INDICATORS.md §4).
    case localMeasure(LocalMeasure.Template)
    /// A definition the computation cannot count (a framework's or a published-only measure):
    /// computing it is an ``AggregationError/unknownIndicator(_:)``, unless a local measure of the
    /// same identifier is in the request. Its requirements are as declared.
    case declared(IndicatorRequirements)

    /// A standard indicator's counters.
    static func counters(_ numerator: Counter, over denominator: CounterRecipe.Denominator,
                         coverage: [(CoverageKind, Counter)] = [], lookback: IndicatorLookback? = nil,
                         firstCollectionYear: Int? = nil) -> IndicatorCounting {
        .counters(CounterRecipe(numerator: numerator, denominator: denominator, coverage: coverage, lookback: lookback,
                                firstCollectionYear: firstCollectionYear))
    }

    /// The first collection year whose returns hold what the counting reads, if not every year's.
    var firstCollectionYear: Int? {
        if case .counters(let recipe) = self { recipe.firstCollectionYear } else { nil }
    }

    /// What the counting needs.
    var requirements: IndicatorRequirements {
        switch self {
        case .counters(let recipe): recipe.requirements
        case .localMeasure(let template): template.requirements
        case .declared(let requirements): requirements
        }
    }

    /// The tables the counting reads, without building the whole requirements (a computation's
    /// set-up asks for every requested indicator, and allocates nothing to do so).
    var tables: RequiredTables {
        switch self {
        case .counters(let recipe): recipe.tables
        case .localMeasure(let template): template.requirements.tables
        case .declared(let requirements): requirements.tables
        }
    }

    /// Whether the counting needs a population (a rate), without building the whole requirements.
    var needsPopulation: Bool {
        switch self {
        case .counters(let recipe): recipe.needsPopulation
        case .localMeasure(let template): template.requirements.population
        case .declared(let requirements): requirements.population
        }
    }

    /// The window of history the counting reads before the period, if any.
    var lookback: IndicatorLookback? {
        if case .counters(let recipe) = self { recipe.lookback } else { nil }
    }

    /// The counting of the standard indicator with identifier `id`, if there is one.
    static func standard(_ id: IndicatorID) -> IndicatorCounting? {
        IndicatorCatalogue.standard[id]?.counting
    }
}
