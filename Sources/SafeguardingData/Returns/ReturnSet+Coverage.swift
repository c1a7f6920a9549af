import SafeguardingMetrics

extension ReturnSet {
    /// The collection years with returns of `source` for the authority at `area`.
    public func collectionYears(of area: UInt16, source: IndicatorSource) -> Set<Int> {
        Set(cohort.returns.filter { $0.authority == area && $0.source == source }.map(\.collectionYear))
    }

    /// The latest collection year with any return for the areas.
    public func latestCollectionYear(of areas: [UInt16]) -> Int? {
        cohort.returns.filter { areas.contains($0.authority) }.map(\.collectionYear).max()
    }

    /// Whether the returns of `source` for `area` cover `period`: every collection year it touches
    /// for a flow measure, the year containing its end for a snapshot.
    public func covers(_ period: ReportingPeriod, area: UInt16, source: IndicatorSource, kind: MeasureKind) -> Bool {
        let years = collectionYears(of: area, source: source)
        let first = kind == .snapshot ? period.collectionYearOfEnd : ReportingPeriod.collectionYear(containing: period.start)
        return (first...period.collectionYearOfEnd).allSatisfy(years.contains)
    }

    /// Where the returns for the authority at `area` come from, in words: `the returns given for
    /// Blackpool (E06000009), collection years 2024 to 2025`.
    public func description(of area: UInt16) -> String {
        let code = cohort.authorities[Int(area)]
        let years = cohort.returns.filter { $0.authority == area }.map(\.collectionYear)
        let span = years.min().map { first in
            first == years.max()! ? "collection year \(first)" : "collection years \(first) to \(years.max()!)"
        }
        return "the returns given for \(name(of: code)) (\(code))" + (span.map { ", \($0)" } ?? "")
    }
}
