/// Where an indicator's records come from.
@frozen
public enum IndicatorSource: String, Sendable, Hashable, CaseIterable, Codable {
    /// The children in need census (CIN): referrals, assessments, S47, conferences, plans.
    case cinCensus = "cin_census"
    /// The SSDA903 return: children looked after, placements, SDQ (OC2), care leavers (OC3).
    case ssda903
    /// A council's local tables (events, episodes, attendance, audits).
    case local
}

/// Whether an indicator counts events in a period or takes a snapshot at its end.
@frozen
public enum MeasureKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Events whose date falls inside the period, both ends inclusive.
    case flow
    /// A count at the end of the period's last day.
    case snapshot
}

/// The definition of an indicator: one value that says what it measures, in what unit, at what
/// precision and which direction is better, how it is counted and what that needs, and where
/// the DfE publishes it.
///
/// Everything else follows from these values: the computation's plan and the tables it reads,
/// the command-line tool's checks for a population or a postcode lookup, the published-data
/// mapping used by comparisons, `indicators --list`, and the catalogue's documentation
/// (<doc:IndicatorDefinitions>). How an indicator is counted is internal: an indicator with a
/// standard identifier is counted as the standard one, an indicator made from a ``LocalMeasure``
/// as that measure, and any other indicator is a definition only (for a framework's rows and for
/// comparisons), which a computation cannot count.
///
/// ```swift
/// let cla = IndicatorCatalogue.standard["cla.rate"]!
/// print(cla.title, cla.unit.displayName, cla.decimals)   // Children looked after per 10,000 … 0
/// print(cla.definition.numerator)                        // children looked after at the period end …
/// cla.requirements.population                            // true
/// ```
@frozen
public struct Indicator: Sendable, Hashable, Identifiable {
    /// The stable identifier.
    public var id: IndicatorID
    /// A short title for tables and charts.
    public var title: String
    /// The unit of the value.
    public var unit: MeasureUnit
    /// The published precision: decimal places of the displayed value.
    public var decimals: Int
    /// Which direction is better.
    public var polarity: Polarity
    /// Which return the records come from.
    public var source: IndicatorSource
    /// Flow or snapshot.
    public var kind: MeasureKind
    /// The definition in words, published columns, LAIT measure and counting, behind one
    /// reference so that results copy an indicator cheaply.
    @usableFromInline var details: IndicatorDetails

    /// What the indicator measures, in words.
    public var definition: IndicatorDefinition {
        get { details.definition }
        set { details = details.with(definition: newValue) }
    }

    /// The columns of the DfE's children's social care indicators file that carry it
    /// (INDICATORS.md §8), when the file has it.
    public var publishedColumns: PublishedColumnNames? {
        get { details.publishedColumns }
        set { details = details.with(publishedColumns: .some(newValue)) }
    }

    /// The short name (`measure_short`) of the LAIT measure that is the same figure, when LAIT
    /// has one.
    public var laitMeasure: String? {
        get { details.laitMeasure }
        set { details = details.with(laitMeasure: .some(newValue)) }
    }

    /// How the computation counts it.
    var counting: IndicatorCounting { details.counting }

    /// What the numerator counts (the definition's).
    public var numerator: String {
        get { definition.numerator }
        set { definition.numerator = newValue }
    }

    /// What the denominator counts, the population for rates (the definition's).
    public var denominator: String {
        get { definition.denominator }
        set { definition.denominator = newValue }
    }

    /// What computing the indicator needs: for a counted indicator, what its counting reads.
    public var requirements: IndicatorRequirements { counting.requirements }

    /// How far before the period the indicator reads history, if it does.
    public var lookback: IndicatorLookback? { counting.lookback }

    /// Whether a computation can count the indicator by itself: a standard indicator or one made
    /// from a ``LocalMeasure``.
    public var isComputable: Bool {
        if case .declared = counting { false } else { true }
    }

    /// Creates an indicator definition with a short numerator and denominator.
    ///
    /// An indicator with a standard identifier is counted as the standard one; any other is a
    /// definition only, needing the tables of its source and, for a rate, a population.
    /// - Precondition: `decimals` is 0 through 6.
    public init(id: IndicatorID, title: String, unit: MeasureUnit, decimals: Int, polarity: Polarity,
                source: IndicatorSource, kind: MeasureKind, numerator: String, denominator: String) {
        self.init(id: id, title: title, unit: unit, decimals: decimals, polarity: polarity, source: source, kind: kind,
                  definition: IndicatorDefinition(summary: title, numerator: numerator, denominator: denominator))
    }

    /// Creates an indicator definition with its full text.
    ///
    /// An indicator with a standard identifier is counted as the standard one (and needs what it
    /// needs); any other is a definition only, needing `requirements` (by default the tables of
    /// its source and, for a rate, a population).
    /// - Precondition: `decimals` is 0 through 6.
    public init(id: IndicatorID, title: String, unit: MeasureUnit, decimals: Int, polarity: Polarity,
                source: IndicatorSource, kind: MeasureKind, definition: IndicatorDefinition,
                requirements: IndicatorRequirements? = nil, publishedColumns: PublishedColumnNames? = nil,
                laitMeasure: String? = nil) {
        let counting = IndicatorCounting.standard(id)
            ?? .declared(requirements ?? IndicatorRequirements(source: source, unit: unit))
        self.init(id: id, title: title, unit: unit, decimals: decimals, polarity: polarity, source: source, kind: kind,
                  definition: definition, counting: counting, publishedColumns: publishedColumns, laitMeasure: laitMeasure)
    }

    /// Creates an indicator counted as `counting` says: the standard catalogue's families and
    /// local measures.
    init(id: IndicatorID, title: String, unit: MeasureUnit, decimals: Int, polarity: Polarity, source: IndicatorSource,
         kind: MeasureKind, definition: IndicatorDefinition, counting: IndicatorCounting,
         publishedColumns: PublishedColumnNames? = nil, laitMeasure: String? = nil) {
        precondition((0...6).contains(decimals), "decimals must be 0...6")
        self.id = id
        self.title = title
        self.unit = unit
        self.decimals = decimals
        self.polarity = polarity
        self.source = source
        self.kind = kind
        details = IndicatorDetails(definition: definition, publishedColumns: publishedColumns, laitMeasure: laitMeasure,
                                   counting: counting)
    }
}
