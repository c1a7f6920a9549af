/// The days a council's local tables hold for each local measure and authority: a local table is
/// not a return with a collection year, so what it covers is read from its own rows.
///
/// For each measure of a request, and each authority, the span runs from the first day of the
/// month of the earliest record the measure reads to the last day of the month of the latest:
/// events by their date; episodes by their start and, when known, their end (an episode still
/// open says the table is current, so its span has no end); audits by their date
/// (of the measure's domain, or any); attendance from the earliest `period_start` to the latest
/// `period_end`, as given. Inside the span a month without records is a true zero; outside it the
/// table says nothing. An authority with no such records holds no day: its figure is
/// ``ResultState/notCovered``, never 0 from no data, and a period reaching past the span is
/// ``ResultState/partial``.
struct LocalHolding: Sendable {
    /// `spans[measure][authority]`: first and last day number held, or `nil`.
    private let spans: [[ClosedRange<Int32>?]]

    /// The spans of `request`'s local measures; `kinds` are their kinds resolved to the cohort's
    /// (as ``IndicatorComputation`` resolves them).
    ///
    /// - Complexity: O(local rows read by the measures), once per measure.
    init(_ request: IndicatorRequest, kinds: [UInt16]) {
        let cohort = request.cohort
        let authorities = cohort.authorities.count
        let childAuthority = cohort.children.authority
        var spans: [[ClosedRange<Int32>?]] = []
        spans.reserveCapacity(request.localMeasures.count)
        for (measure, kind) in zip(request.localMeasures, kinds) {
            var first = [Int32](repeating: .max, count: authorities)
            var last = [Int32](repeating: .min, count: authorities)
            // An episode still open says the table is current: it holds every day from its first.
            var current = [Bool](repeating: false, count: authorities)
            func hold(_ authority: Int, _ day: Int32) {
                if day == DayNumber.open { current[authority] = true }
                guard day != DayNumber.unknown, day != DayNumber.open else { return }
                first[authority] = min(first[authority], day)
                last[authority] = max(last[authority], day)
            }
            var wholeMonths = true
            let local = cohort.local
            switch measure.template {
            case .eventRate, .eventCount, .repeatEvents:
                for row in 0..<local.events.count where local.events.kind[row] == kind {
                    hold(Int(childAuthority[Int(local.events.child[row])]), local.events.date[row])
                }
            case .episodeSnapshotRate, .episodesLastingMoreThan:
                for row in 0..<local.episodes.count where local.episodes.kind[row] == kind {
                    let authority = Int(childAuthority[Int(local.episodes.child[row])])
                    hold(authority, local.episodes.start[row])
                    hold(authority, local.episodes.end[row])
                }
            case .attendance:
                wholeMonths = false
                for row in 0..<local.attendance.count {
                    let authority = Int(childAuthority[Int(local.attendance.child[row])])
                    hold(authority, local.attendance.start[row])
                    hold(authority, local.attendance.end[row])
                }
            case .auditsGoodOrBetter(let domain):
                for row in 0..<local.audits.count where domain == nil || local.audits.domain[row] == kind {
                    hold(Int(local.audits.authority[row]), local.audits.date[row])
                }
            }
            spans.append((0..<authorities).map { authority in
                guard first[authority] <= last[authority] else { return nil }
                guard wholeMonths else { return first[authority]...last[authority] }
                let start = Day(dayNumber: first[authority]), end = Day(dayNumber: last[authority])
                let monthStart = Day(year: start.year, month: start.month, day: 1)!
                let monthEnd = Day(year: end.year, month: end.month, day: Day.daysInMonth(year: end.year, month: end.month))!
                return monthStart.dayNumber...(current[authority] ? Int32.max : monthEnd.dayNumber)
            })
        }
        self.spans = spans
    }

    /// The days of `period` the local table of measure `measure` holds for the authority at
    /// `authority`: for a flow, the days of the period inside the span; for a snapshot, every day
    /// when the period's end is inside it, else none.
    func heldDays(of period: ReportingPeriod, measure: Int, authority: UInt16, kind: MeasureKind) -> Int {
        guard let span = spans[measure][Int(authority)] else { return 0 }
        if kind == .snapshot { return span.contains(period.end.dayNumber) ? period.dayCount : 0 }
        let first = max(span.lowerBound, period.start.dayNumber), last = min(span.upperBound, period.end.dayNumber)
        return first <= last ? Int(last - first) + 1 : 0
    }
}
