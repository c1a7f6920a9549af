import SafeguardingMetrics

/// The day number of an ISO date, for hand-built cohorts.
func d(_ text: String) -> Int32 { try! Day(parsing: text).dayNumber }

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
                        ethnicity: String = "WBRI", expected: String? = nil, disabled: UInt8 = 0) -> Int32 {
        let r = returnIndex(la, year, .ssda903)
        var text = id
        return text.withUTF8 { bytes in
            builder.addChild(inReturn: r, file: file, line: 1, identifier: bytes, birth: born.map(d) ?? DayNumber.unknown,
                             expectedBirth: expected.map(d) ?? DayNumber.unknown, sex: SexCodes.list.index(of: sex)!,
                             ethnicity: EthnicityCodes.list.index(of: ethnicity)!, disabled: disabled)
        }
    }

    mutating func episode(_ child: Int32, _ start: String, _ end: String?, rne: String = "S", ls: String = "C2",
                          place: String = "U4", rec: String = "", la: UInt16 = 0, year: Int = 2025,
                          home: String = "", placed: String = "", need: String = "N1") {
        let r = returnIndex(la, year, .ssda903)
        let homeIndex = postcode(home), placedIndex = postcode(placed)
        builder.addEpisode(inReturn: r, file: file, line: 1, child: child, start: d(start), end: end.map(d) ?? DayNumber.open,
                           reasonNewEpisode: ReasonNewEpisodeCodes.list.index(of: rne)!,
                           legalStatus: LegalStatusCodes.list.index(of: ls)!,
                           categoryOfNeed: PrimaryNeedCodes.list.index(of: need)!,
                           placement: PlacementTypeCodes.list.index(of: place) ?? CodeList.invalid, provider: 0,
                           reasonCeased: ReasonCeasedCodes.list.index(of: rec)!, homePostcode: homeIndex,
                           placementPostcode: placedIndex)
    }

    mutating func postcode(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { builder.postcode($0) }
    }

    @discardableResult
    mutating func referral(_ child: Int32, _ date: String, closure: String? = nil, nfa: Bool = false, need: String = "N1",
                           conference: String? = nil, la: UInt16 = 0, year: Int = 2025) -> Int32 {
        let r = returnIndex(la, year, .cinCensus)
        return builder.addReferral(inReturn: r, file: file, line: 1, child: child, referral: d(date),
                                   closure: closure.map(d) ?? DayNumber.open, noFurtherAction: nfa ? 1 : 0,
                                   primaryNeed: PrimaryNeedCodes.list.index(of: need)!, reasonForClosure: 0,
                                   initialConference: conference.map(d) ?? DayNumber.unknown)
    }

    mutating func assessment(_ referral: Int32, start: String?, authorised: String?, la: UInt16 = 0, year: Int = 2025) {
        builder.addAssessment(inReturn: returnIndex(la, year, .cinCensus), file: file, line: 1, referral: referral,
                              start: start.map(d) ?? DayNumber.unknown, authorisation: authorised.map(d) ?? DayNumber.unknown)
    }

    mutating func enquiry(_ referral: Int32, start: String?, conference: String?, la: UInt16 = 0, year: Int = 2025) {
        builder.addSection47(inReturn: returnIndex(la, year, .cinCensus), file: file, line: 1, referral: referral,
                             start: start.map(d) ?? DayNumber.unknown, initialConference: conference.map(d) ?? DayNumber.unknown,
                             conferenceNotRequired: 0)
    }

    mutating func plan(_ referral: Int32, _ start: String, _ end: String?, previous: Int16 = -1, initial: String = "NEG",
                       latest: String = "NEG", la: UInt16 = 0, year: Int = 2025) {
        builder.addPlan(inReturn: returnIndex(la, year, .cinCensus), file: file, line: 1, referral: referral, start: d(start),
                        end: end.map(d) ?? DayNumber.open, initialCategory: AbuseCategoryCodes.list.index(of: initial)!,
                        latestCategory: AbuseCategoryCodes.list.index(of: latest)!, previousPlans: previous)
    }

    mutating func missing(_ child: Int32, _ start: String, kind: String = "M", la: UInt16 = 0, year: Int = 2025) {
        builder.addMissing(inReturn: returnIndex(la, year, .ssda903), file: file, line: 1, child: child, start: d(start),
                           end: DayNumber.open, kind: MissingTypeCodes.list.index(of: kind)!)
    }

    mutating func oc2(_ child: Int32, born: String, score: Int8, la: UInt16 = 0, year: Int = 2025) {
        builder.addOC2(inReturn: returnIndex(la, year, .ssda903), child: child, birth: d(born), sdqScore: score, sdqReason: 0)
    }

    mutating func oc3(_ child: Int32, born: String, inTouch: String = "YES", activity: String = "F1", accommodation: String = "B1",
                      la: UInt16 = 0, year: Int = 2025) {
        builder.addOC3(inReturn: returnIndex(la, year, .ssda903), child: child, birth: d(born),
                       inTouch: InTouchCodes.list.index(of: inTouch)!, activity: ActivityCodes.list.index(of: activity)!,
                       accommodation: AccommodationCodes.list.index(of: accommodation)!)
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
