/// How a standard indicator is made from the kernel's counters: which counter is its numerator,
/// what its denominator is, which counters are its coverage, and how far back it looks.
///
/// Recipes are part of each indicator's definition (``Indicator``), so the computation's plan,
/// the tables it scans and the indicator's requirements all follow from one value, checked by the
/// compiler: a counter that does not exist does not compile.
@usableFromInline
struct CounterRecipe: Sendable, Hashable {
    /// What an indicator's numerator is measured against.
    @usableFromInline
    enum Denominator: Sendable, Hashable {
        /// The area's population of children aged 0-17 (a rate).
        case population
        /// A counter (a percentage, or the number of scores of an average).
        case counter(Counter)
    }

    /// A coverage count reported beside the value: records of `kind`, counted by `counter`.
    @usableFromInline
    struct Coverage: Sendable, Hashable {
        let kind: CoverageKind
        let counter: Counter
    }

    /// The counter of the numerator (for an average, the sum of the scores).
    let numerator: Counter
    /// The denominator.
    let denominator: Denominator
    /// The coverage counts, in the order they are reported.
    let coverage: [Coverage]
    /// The window of history before the period the counting reads, if any.
    let lookback: IndicatorLookback?
    /// The first collection year whose returns hold the records counted (2026 for the CIN
    /// census's pre-proceedings block, first collected in 2025-26), if not every year's do:
    /// returns of earlier years do not hold the period (``ResultState/notCovered``).
    let firstCollectionYear: Int?

    init(numerator: Counter, denominator: Denominator, coverage: [(CoverageKind, Counter)] = [],
         lookback: IndicatorLookback? = nil, firstCollectionYear: Int? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.coverage = coverage.map { Coverage(kind: $0.0, counter: $0.1) }
        self.lookback = lookback
        self.firstCollectionYear = firstCollectionYear
    }

    /// Every counter the recipe reads.
    var counters: [Counter] {
        var counters = [numerator] + coverage.map(\.counter)
        if case .counter(let counter) = denominator { counters.append(counter) }
        return counters
    }

    /// The tables the counters are counted from. Allocates nothing: a computation's set-up asks
    /// for every requested indicator.
    var tables: RequiredTables {
        var tables = numerator.tables
        if case .counter(let counter) = denominator { tables.formUnion(counter.tables) }
        for entry in coverage { tables.formUnion(entry.counter.tables) }
        return tables
    }

    /// Whether the pass over referrals counts one of the recipe's counters. Allocates nothing.
    var isCountedByReferralPass: Bool {
        if numerator.isCountedByReferralPass { return true }
        if case .counter(let counter) = denominator, counter.isCountedByReferralPass { return true }
        return coverage.contains { $0.counter.isCountedByReferralPass }
    }

    /// Whether the denominator is the population (a rate).
    var needsPopulation: Bool { denominator == .population }

    /// What the counters need: the tables they are counted from, a population for a rate,
    /// postcodes for distances, and the breakdowns that classify the numerator's records.
    var requirements: IndicatorRequirements {
        IndicatorRequirements(population: needsPopulation, postcodes: counters.contains { $0.needsPostcodes },
                              tables: tables, breakdowns: Breakdown.childCharacteristics + numerator.recordBreakdowns)
    }
}
