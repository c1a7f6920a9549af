import SafeguardingData

/// What the `report` command shows: a framework's scorecard at a date and, for each row linked to
/// a published indicator, the authority against its statistical neighbours, region and England.
///
/// Actuals of linked rows are computed from a cohort (``FrameworkActuals``) where it can give
/// them, and typed in the framework otherwise; ``actualsSource`` says which, and from what.
struct BoardReport {
    /// One framework row with its comparison.
    struct Row {
        /// The scorecard row.
        var row: ScorecardRow
        /// The published indicator the row is linked to, when the catalogue has it.
        var linked: Indicator?
        /// The comparison, when the published data has the indicator for the year.
        var comparison: NeighbourComparison?
        /// Why a linked row has no comparison.
        var comparisonNote: String?
    }

    /// The scorecard (with any suppression applied).
    var scorecard: Scorecard
    /// The authority compared, when one was given.
    var authority: LocalAuthority?
    /// The collection year of the published figures compared.
    var comparisonYear: Int?
    /// The neighbours' statistic.
    var statistic: ComparatorStatistic
    /// The version of the neighbour list.
    var neighbourSetVersion: String
    /// The rows, in framework order.
    var rows: [Row]
    /// Where the actuals come from, in words.
    var actualsSource: String
    /// What the computed actuals were computed from, in words (`nil` when there was no cohort).
    var computedFrom: String?
    /// Whether that cohort is synthetic (the demonstration's).
    var synthetic: Bool
    /// Whether publication suppression was applied.
    var suppressed: Bool

    /// The rows grouped by outcome, in order of first appearance.
    var outcomes: [(title: String, rows: [Row])] {
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
    ///   - computed: actuals computed from a cohort; they replace typed-in actuals at the same dates.
    ///   - computedFrom: what they were computed from, in words.
    ///   - synthetic: whether that cohort is synthetic.
    init(framework: OutcomesFramework, at date: FrameworkDate, computed: [ComputedActual] = [],
         computedFrom: String? = nil, synthetic: Bool = false, authority: LocalAuthority?, year: Int?, statistic: ComparatorStatistic, comparer: NeighbourComparer?,
         publication: Publication) {
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

    /// Which actuals are computed and which typed in, and from what, in a sentence.
    static func actualsSource(_ scorecard: Scorecard, computedFrom: String?) -> String {
        let sources = scorecard.rows.compactMap { $0.latest?.actualSource }
        let computed = sources.filter { $0 == .computed }.count, typed = sources.filter { $0 == .typed }.count
        guard let computedFrom else { return "all \(typed) typed in the framework" }
        guard computed > 0 else {
            return "all \(typed) typed in the framework; none of the linked rows could be computed from \(computedFrom) "
                + "(see the notes on stderr)"
        }
        let disagreeing = scorecard.rows.reduce(0) { $0 + $1.issues.filter { $0.kind == .disagreesWithComputed }.count }
        return "\(computed) computed from \(computedFrom) (marked computed: flows over the 12 months ending on each "
            + "date, snapshots on that day), \(typed) typed in the framework (marked typed); \(disagreeing) typed-in "
            + "actual\(disagreeing == 1 ? " differs" : "s differ") from the computed one (disagrees_with_computed)"
    }

    /// The collection year whose published figures go with a scorecard at `date`: the year
    /// (ending 31 March) that contains the date, or the nearest year the data has.
    static func comparisonYear(for date: FrameworkDate, available: [Int]) -> Int? {
        let day = date.effectiveDay
        let containing = day.month >= 4 ? day.year + 1 : day.year
        guard !available.isEmpty else { return nil }
        if available.contains(containing) { return containing }
        return available.min { abs($0 - containing) < abs($1 - containing) || (abs($0 - containing) == abs($1 - containing) && $0 > $1) }
    }
}
