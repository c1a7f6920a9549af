import Testing
import SafeguardingMetrics

/// `cin.started.rate`: CIN episodes started in the period per 10,000 children, the DfE's
/// `Started_episodes` (children in need release, table B1; `cin_started_episodes` in the CSC
/// indicators file) over the population.
@Suite("CIN episodes started")
struct CINStartedEpisodesTests {
    @Test("Episodes count when referred in the period, unless NFA or closed by its end as assessed not in need")
    func whichEpisodesStart() throws {
        var t = TestCohort()
        let a = t.child("A", born: "2015-06-01"), b = t.child("B", born: "2015-06-01"), c = t.child("C", born: "2015-06-01")
        t.referral(a, "2024-04-01", closure: "2024-05-01", reason: "RC7")   // counts: first day, closed in need
        t.referral(a, "2025-03-31")                                           // counts: last day, open (a's second)
        t.referral(b, "2024-03-31")                                           // before the period
        t.referral(b, "2025-04-01")                                           // after the period
        t.referral(b, "2024-06-01", nfa: true)                                // NFA
        t.referral(c, "2024-06-01", closure: "2024-07-01", reason: "RC8")     // assessed not in need
        t.referral(c, "2024-08-01", closure: "2025-03-31", reason: "RC9")     // assessed not in need, by the end
        t.referral(c, "2024-10-01", closure: "2025-04-01", reason: "RC8")     // counts: closed after the end
        let area = try t.results()
        #expect(area["cin.started.rate"] == (3, 10_000))
        #expect(area.result(for: "cin.started.rate")?.display == FixedDecimal(units: 30, decimals: 1))
        #expect(area["referrals.rate"] == (6, 10_000))
        // The closure reasons are configurable.
        let onlyRC8 = try t.results { $0.configuration.assessedNotInNeed = ["RC8"] }
        #expect(onlyRC8["cin.started.rate"] == (4, 10_000))
    }

    @Test("The definition: CIN census, 1 decimal place, no polarity, a flow rate of the referrals, by primary need")
    func definition() throws {
        let indicator = try #require(IndicatorCatalogue.standard["cin.started.rate"])
        #expect(indicator.unit == .ratePer10k && indicator.decimals == 1 && indicator.polarity == .none)
        #expect(indicator.source == .cinCensus && indicator.kind == .flow && indicator.lookback == nil)
        #expect(indicator.requirements.population && indicator.requirements.tables == .referrals)
        #expect(indicator.requirements.breakdowns.contains(.primaryNeed))
        #expect(IndicatorFamily.of("cin.started.rate") == .referrals)
        #expect(indicator.publishedColumns == nil && indicator.laitMeasure == nil)
        let ids = IndicatorCatalogue.standard.indicators.map(\.id)
        #expect(ids.firstIndex(of: "cin.started.rate") == ids.firstIndex(of: "cin.rate").map { $0 + 1 })
    }

    /// Published counts (DfE, Characteristics of children in need, EES underlying data, Open
    /// Government Licence v3.0; `data-raw/` of github.com/dfe-analytical-services/CSC_outcomes_and_enablers
    /// at commit 2f5d11a): from `c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`
    /// the referrals, those with no further action and those assessed not in need; from
    /// `b1_children_in_need_2013_to_2025.csv` the episodes started (`Started_episodes`).
    static let published: [(la: String, year: Int, referrals: Int, nfa: Int, notInNeed: Int, started: Int64)] = [
        ("E06000001", 2025, 2020, 12, 366, 1642), ("E06000009", 2025, 2707, 0, 958, 1749),
        ("E06000063", 2025, 3367, 159, 1449, 1759), ("E10000017", 2025, 7948, 243, 1984, 5721),
        ("E09000007", 2025, 2086, 77, 601, 1408), ("E06000001", 2024, 2190, 7, 252, 1931),
        ("E06000009", 2024, 2174, 0, 739, 1435), ("E06000063", 2024, 2375, 215, 636, 1524),
        ("E10000017", 2024, 6419, 240, 1887, 4292), ("E09000007", 2024, 2241, 85, 735, 1421),
    ]

    @Test("Referrals with the published NFA and not-in-need counts give the published episodes started, for 10 authority-years")
    func publishedStartedEpisodes() throws {
        let bundled = try Fixture.csvRows("la_csc_indicators_2024_2025.csv")
        for row in Self.published {
            // The bundled CSC indicators file carries the same published count.
            let file = try #require(bundled.first { $0["new_la_code"] == row.la && $0["time_period"] == String(row.year) })
            #expect(Int64(file["cin_started_episodes"] ?? "") == row.started, "\(row.la) \(row.year)")
            #expect(Int(file["referral_count"] ?? "") == row.referrals, "\(row.la) \(row.year)")
            // One child per referral, spread over the year: the NFA ones, those closed after
            // assessment (RC8 and RC9 in turn), and the rest, some closed in need and some open.
            var t = TestCohort(authorities: [row.la])
            let year = ReportingPeriod.collectionYear(row.year)
            for index in 0..<row.referrals {
                let child = t.child("C\(index)", born: "2012-01-01", year: row.year)
                let date = year.start.adding(days: index % 300).description
                let closure = year.start.adding(days: index % 300 + 20).description   // before the year ends
                if index < row.nfa {
                    t.referral(child, date, closure: date, nfa: true, year: row.year)
                } else if index < row.nfa + row.notInNeed {
                    t.referral(child, date, closure: closure, reason: index % 2 == 0 ? "RC8" : "RC9", year: row.year)
                } else {
                    t.referral(child, date, closure: index % 3 == 0 ? closure : nil, reason: index % 3 == 0 ? "RC7" : "",
                               year: row.year)
                }
            }
            let area = try t.results(year)
            #expect(area["cin.started.rate"].0 == row.started, "\(row.la) \(row.year)")
        }
    }
}

extension TestCohort {
    /// A referral with a closure reason (blank by default).
    @discardableResult
    mutating func referral(_ child: ChildRow, _ date: String, closure: String? = nil, nfa: Bool = false, reason: String,
                           year: Int = 2025) -> StagedReferral {
        let r = returnIndex(0, year, .cinCensus)
        let row = ReferralTable.Row(child: child, referral: day(date), closure: closure.map(day) ?? .open,
                                    noFurtherAction: nfa, primaryNeed: Code("N1")!,
                                    reasonForClosure: reason.isEmpty ? .blank : Code(reason)!)
        return builder.addReferral(row, inReturn: r, file: file, line: 1)
    }
}
