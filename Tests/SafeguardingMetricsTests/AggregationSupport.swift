import SafeguardingMetrics

/// The day number of an ISO date, for hand-built cohorts.
func d(_ text: String) -> Int32 { try! Day(parsing: text).dayNumber }

/// The day of an ISO date, for the rows of hand-built cohorts.
func day(_ text: String) -> Day { try! Day(parsing: text) }

/// A hand-built cohort of one or more authorities, with returns for any years, and a way to
/// compute its indicators.
struct TestCohort {
    var builder = CohortBuilder()
    let file: UInt16
    var returns: [String: UInt16] = [:]

    init(authorities: [String] = ["E06000009"]) {
        for code in authorities { _ = builder.authority(code) }
        file = builder.file("test")
    }

    mutating func returnIndex(_ la: UInt16, _ year: Int, _ source: IndicatorSource) -> UInt16 {
        builder.returnIndex(authority: la, collectionYear: year, source: source, file: "\(la)/\(year)/\(source)")
    }

    @discardableResult
    mutating func child(_ id: String, born: String?, la: UInt16 = 0, year: Int = 2025, sex: String = "M",
                        ethnicity: String = "WBRI", expected: String? = nil, disabled: UInt8 = 0) -> ChildRow {
        let r = returnIndex(la, year, .ssda903)
        let row = ChildTable.Row(birth: born.map(day) ?? .unknown, expectedBirth: expected.map(day) ?? .unknown,
                                 sex: Code(sex)!, ethnicity: Code(ethnicity)!, disabled: disabled == 255 ? nil : disabled == 1)
        return builder.addChild(row, identifier: id, inReturn: r, file: file, line: 1)
    }

    mutating func episode(_ child: ChildRow, _ start: String, _ end: String?, rne: String = "S", ls: String = "C2",
                          place: String = "U4", rec: String = "", la: UInt16 = 0, year: Int = 2025,
                          home: String = "", placed: String = "", need: String = "N1") {
        let r = returnIndex(la, year, .ssda903)
        let row = EpisodeTable.Row(child: child, start: day(start), end: end.map(day) ?? .open, reasonNewEpisode: Code(rne)!,
                                   legalStatus: Code(ls)!, categoryOfNeed: Code(need)!, placement: Code(place) ?? .invalid,
                                   provider: .blank, reasonCeased: Code(rec)!, homePostcode: builder.postcode(home),
                                   placementPostcode: builder.postcode(placed))
        builder.addEpisode(row, inReturn: r, file: file, line: 1)
    }

    @discardableResult
    mutating func referral(_ child: ChildRow, _ date: String, closure: String? = nil, nfa: Bool = false, need: String = "N1",
                           conference: String? = nil, la: UInt16 = 0, year: Int = 2025) -> StagedReferral {
        let r = returnIndex(la, year, .cinCensus)
        let row = ReferralTable.Row(child: child, referral: day(date), closure: closure.map(day) ?? .open, noFurtherAction: nfa,
                                    primaryNeed: Code(need)!, initialConference: conference.map(day) ?? .unknown)
        return builder.addReferral(row, inReturn: r, file: file, line: 1)
    }

    mutating func assessment(_ referral: StagedReferral, start: String?, authorised: String?, factors: [String] = [],
                             invalidFactor: Bool = false, la: UInt16 = 0, year: Int = 2025) {
        let row = AssessmentTable.Row(referral: referral, start: start.map(day) ?? .unknown,
                                      authorisation: authorised.map(day) ?? .unknown,
                                      factors: CodeSet(factors), invalidFactor: invalidFactor)
        builder.addAssessment(row, inReturn: returnIndex(la, year, .cinCensus), file: file, line: 1)
    }

    mutating func enquiry(_ referral: StagedReferral, start: String?, conference: String?, la: UInt16 = 0, year: Int = 2025) {
        let row = Section47Table.Row(referral: referral, start: start.map(day) ?? .unknown,
                                     initialConference: conference.map(day) ?? .unknown, conferenceNotRequired: false)
        builder.addSection47(row, inReturn: returnIndex(la, year, .cinCensus), file: file, line: 1)
    }

    mutating func plan(_ referral: StagedReferral, _ start: String, _ end: String?, previous: Int16 = -1, initial: String = "NEG",
                       latest: String = "NEG", la: UInt16 = 0, year: Int = 2025) {
        let row = ProtectionPlanTable.Row(referral: referral, start: day(start), end: end.map(day) ?? .open,
                                          initialCategory: Code(initial)!, latestCategory: Code(latest)!,
                                          previousPlans: previous < 0 ? nil : previous)
        builder.addPlan(row, inReturn: returnIndex(la, year, .cinCensus), file: file, line: 1)
    }

    mutating func missing(_ child: ChildRow, _ start: String, kind: String = "M", la: UInt16 = 0, year: Int = 2025) {
        builder.addMissing(MissingEpisodeTable.Row(child: child, start: day(start), kind: Code(kind)!),
                           inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }

    mutating func oc2(_ child: ChildRow, born: String, score: Int8, la: UInt16 = 0, year: Int = 2025) {
        builder.addOC2(OC2Table.Row(child: child, birth: day(born), sdqScore: score, sdqReason: Code(rawValue: 0)),
                       inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }

    mutating func oc3(_ child: ChildRow, born: String, inTouch: String = "YES", activity: String = "F1", accommodation: String = "B1",
                      la: UInt16 = 0, year: Int = 2025) {
        builder.addOC3(OC3Table.Row(child: child, birth: day(born), inTouch: Code(inTouch)!, activity: Code(activity)!,
                                    accommodation: Code(accommodation)!),
                       inReturn: returnIndex(la, year, .ssda903), file: file, line: 1)
    }

    var cohort: Cohort { builder.build() }

    /// Populations of 10,000 children for every authority and mid-year 2010-2030.
    static func populations(_ codes: [String], population: Int64 = 10_000) -> PopulationTable {
        var table = PopulationTable(vintage: "test")
        for code in codes { for year in 2010...2030 { table.setEstimate(population, for: .localAuthority(code), midYear: year) } }
        return table
    }

    func request(_ period: ReportingPeriod = .collectionYear(2025)) -> IndicatorRequest {
        let cohort = self.cohort
        return IndicatorRequest(cohort: cohort, period: period, populations: TestCohort.populations(cohort.authorities))
    }

    /// The first authority's results for `period`.
    func results(_ period: ReportingPeriod = .collectionYear(2025),
                 configure: (inout IndicatorRequest) -> Void = { _ in }) throws -> AreaResult {
        var request = self.request(period)
        configure(&request)
        return try IndicatorComputation(request).compute(threads: 1).areas[0]
    }
}

extension AreaResult {
    /// (numerator, denominator) of an indicator.
    subscript(_ id: IndicatorID) -> (Int64, Int64) {
        let result = result(for: id)!
        return (result.numerator, result.denominator)
    }
}
