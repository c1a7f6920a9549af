import SafeguardingMetrics

/// The improvement board's report: a framework's scorecard at a date and, for each row linked to
/// a published indicator, the authority against its statistical neighbours, region and England.
///
/// Actuals of linked rows are computed from returns (``FrameworkActuals``) where they can give
/// them, and typed in the framework otherwise; ``actualsSource`` says which, and from what. The
/// report renders as text for a terminal (``text()``), CSV with a row per framework row
/// (``csv()``), JSON (``json()``, also its `Encodable` form) and one self-contained HTML page with
/// SVG charts (``html()``).
///
/// ```swift
/// let comparer = try ReferenceData.comparer()
/// let framework = try Demonstration.framework().framework
/// let actuals = try FrameworkActuals(framework: framework, at: "2024-01", returns: returns, authority: "E06000009")
/// let report = BoardReport(framework: framework, at: "2024-01", actuals: actuals,
///                          authority: comparer.directory["E06000009"], year: 2024, comparer: comparer)
/// try report.html().write(toFile: "board.html", atomically: true, encoding: .utf8)
/// ```
public struct BoardReport: Sendable, Hashable, Encodable {
    /// The scorecard (with any suppression applied).
    public var scorecard: Scorecard
    /// The authority compared, when one was given.
    public var authority: LocalAuthority?
    /// The collection year of the published figures compared.
    public var comparisonYear: Int?
    /// The neighbours' statistic.
    public var statistic: ComparatorStatistic
    /// The version of the neighbour list.
    public var neighbourSetVersion: String
    /// The rows, in framework order.
    public var rows: [Row]
    /// Where the actuals come from, in words.
    public var actualsSource: String
    /// What the computed actuals were computed from, in words (`nil` when there was no cohort).
    public var computedFrom: String?
    /// Whether that cohort is synthetic (the demonstration's).
    public var synthetic: Bool
    /// Whether publication suppression was applied.
    public var suppressed: Bool
    /// Each row's link to a computed indicator, or why it has none (shown in every format's header).
    public var links: FrameworkLinks

    /// The rows grouped by outcome, in order of first appearance.
    public var outcomes: [(title: String, rows: [Row])] {
        var groups: [(title: String, rows: [Row])] = []
        for row in rows {
            if let index = groups.firstIndex(where: { $0.title == row.row.outcome }) {
                groups[index].rows.append(row)
            } else {
                groups.append((row.row.outcome, [row]))
            }
        }
        return groups
    }

    /// Judges `framework` at `date` and compares each linked row for `authority` in `year`.
    ///
    /// - Parameters:
    ///   - framework: the framework.
    ///   - date: the scorecard date.
    ///   - computed: actuals computed from a cohort; they replace typed-in actuals at the same dates.
    ///   - computedFrom: what they were computed from, in words.
    ///   - synthetic: whether that cohort is synthetic.
    ///   - authority: the authority compared; no comparisons without one.
    ///   - year: the collection year of the published figures compared (see ``comparisonYear(for:available:)``).
    ///   - statistic: the neighbours' statistic.
    ///   - comparer: the published figures and neighbour list; no comparisons without one.
    ///   - publication: the suppression applied to actuals and comparisons.
    ///   - links: the rows' links; by default ``FrameworkLinks`` over the comparer's catalogue
    ///     (the standard one without a comparer).
    public init(framework: OutcomesFramework, at date: FrameworkDate, computed: [ComputedActual] = [],
                computedFrom: String? = nil, synthetic: Bool = false, authority: LocalAuthority?, year: Int?,
                statistic: ComparatorStatistic = .mean, comparer: NeighbourComparer?,
                publication: Publication = .internalUse, links: FrameworkLinks? = nil) {
        self.links = links ?? FrameworkLinks(framework: framework, catalogue: comparer?.catalogue ?? .standard)
        let scorecard = publication.shown(Scorecard(framework: framework, at: date, computed: computed))
        self.scorecard = scorecard
        self.authority = authority
        self.comparisonYear = year
        self.statistic = statistic
        self.neighbourSetVersion = comparer?.neighbours.version ?? ""
        self.computedFrom = computedFrom
        self.synthetic = synthetic
        self.actualsSource = BoardReport.actualsSource(scorecard, computedFrom: computedFrom)
        self.suppressed = publication.policy != nil
        self.rows = zip(framework.indicators, scorecard.rows).map { indicator, row in
            let definition = (comparer?.catalogue ?? .standard)[indicator.linkedIndicator]
            var result = Row(row: row, linked: definition)
            guard let definition, let authority, let year, let comparer else { return result }
            guard !comparer.table.years(of: definition.id).isEmpty else {
                result.comparisonNote = "the published data has no \(definition.id)"
                return result
            }
            do throws(ComparisonError) {
                let comparison = try comparer.compare(authority.code, indicator: definition.id, year: year,
                                                       statistic: statistic)
                result.comparison = publication.shown(comparison, unit: definition.unit)
            } catch {
                result.comparisonNote = error.description
            }
            return result
        }
    }

    /// Judges `framework` at `date` with actuals computed from returns (``FrameworkActuals``), and
    /// compares each linked row for `authority` in `year`.
    ///
    /// - Parameters:
    ///   - framework: the framework.
    ///   - date: the scorecard date.
    ///   - actuals: the actuals computed for its linked rows, and what from.
    ///   - authority: the authority compared; no comparisons without one.
    ///   - year: the collection year of the published figures compared; by default the one
    ///     ``comparisonYear(for:available:)`` chooses for `date` among those `comparer` has.
    ///   - statistic: the neighbours' statistic.
    ///   - comparer: the published figures and neighbour list; no comparisons without one.
    ///   - publication: the suppression applied to actuals and comparisons.
    ///   - links: the rows' links (see ``init(framework:at:computed:computedFrom:synthetic:authority:year:statistic:comparer:publication:links:)``).
    public init(framework: OutcomesFramework, at date: FrameworkDate, actuals: FrameworkActuals,
                authority: LocalAuthority?, year: Int? = nil, statistic: ComparatorStatistic = .mean,
                comparer: NeighbourComparer?, publication: Publication = .internalUse, links: FrameworkLinks? = nil) {
        let year = year ?? comparer.flatMap { BoardReport.comparisonYear(for: date, available: $0.publishedYears) }
        self.init(framework: framework, at: date, computed: actuals.actuals, computedFrom: actuals.computedFrom,
                  synthetic: actuals.synthetic, authority: authority, year: year, statistic: statistic, comparer: comparer,
                  publication: publication, links: links)
        guard let code = actuals.authority else { return }
        for index in rows.indices where index < framework.indicators.count {
            let row = rows[index].row
            // The period the row's latest actual was computed over, as the scorecard matched it.
            // The row's link, a standard indicator or a local measure, as the actuals were computed.
            let linked = framework.indicators[index].linkedIndicator
            guard actuals.explainable.contains(linked), let latest = row.latest,
                  latest.actualSource == .computed,
                  let period = actuals.actuals.first(where: {
                      $0.indicator == linked && $0.date.effectiveDay == latest.date.effectiveDay
                          && ($0.rowBasis == nil || $0.rowBasis == row.basis)
                  })?.period else { continue }
            rows[index].explainCommand = BoardReport.explainCommand(indicator: linked, authority: code, period: period,
                                                                    inputs: actuals.returnArguments)
        }
    }

    /// The command that lists the children behind a computed figure: `indicators --explain` for
    /// the indicator, authority and period, reading `inputs` (the arguments naming the returns and
    /// the files that go with them, ``FrameworkActuals/returnArguments``), each shell-quoted where it
    /// needs to be; without them, `DIR` stands for the returns the figure was computed from. The
    /// report names the command; only the command's own output lists children.
    public static func explainCommand(indicator: IndicatorID, authority: String, period: ReportingPeriod,
                                      inputs: [String]? = nil) -> String {
        let arguments = (inputs ?? ["--ssda903", returnsPlaceholder, "--cin", returnsPlaceholder])
            + ["--la", authority, "--period", "\(period.start)..\(period.end)", "--explain", indicator.rawValue,
               "--output", "\(indicator)-children.csv"]
        return "safeguarding-metrics indicators " + arguments.map(BoardReport.shellQuoted).joined(separator: " ")
    }

    /// Which actuals are computed and which typed in, and from what, in a sentence.
    public static func actualsSource(_ scorecard: Scorecard, computedFrom: String?) -> String {
        let sources = scorecard.rows.compactMap { $0.latest?.actualSource }
        let computed = sources.filter { $0 == .computed }.count, typed = sources.filter { $0 == .typed }.count
        guard let computedFrom else { return "all \(typed) typed in the framework" }
        guard computed > 0 else {
            return "all \(typed) typed in the framework; none of the linked rows could be computed from \(computedFrom) "
                + "(see the notes on stderr)"
        }
        let disagreeing = scorecard.rows.reduce(0) { $0 + $1.issues.filter { $0.kind == .disagreesWithComputed }.count }
        return "\(computed) computed from \(computedFrom) (marked computed: flows over the 12 months ending on each "
            + "date unless a row's basis or --period says otherwise, part-year flow counts and rates annualised before "
            + "they are judged; snapshots on that day), \(typed) typed in the framework (marked typed); \(disagreeing) typed-in "
            + "actual\(disagreeing == 1 ? " differs" : "s differ") from the computed one (disagrees_with_computed)"
    }

    /// The collection year whose published figures go with a scorecard at `date`: the year
    /// (ending 31 March) that contains the date, or the nearest year the data has.
    public static func comparisonYear(for date: FrameworkDate, available: [Int]) -> Int? {
        let day = date.effectiveDay
        let containing = day.month >= 4 ? day.year + 1 : day.year
        guard !available.isEmpty else { return nil }
        if available.contains(containing) { return containing }
        return available.min { abs($0 - containing) < abs($1 - containing) || (abs($0 - containing) == abs($1 - containing) && $0 > $1) }
    }
}
