/// Day numbers and raw codes derived once from the period and configuration.
struct PeriodConstants: Sendable {
    let start: Int32
    let end: Int32
    /// The day before the period starts (for care leavers' birthdays).
    let dayBeforeStart: Int32
    /// The collection year containing the end (OC2 and OC3 use its return).
    let yearOfEnd: UInt16
    /// Open plans that started on or before this day are open 2 years or more.
    let planOpenCutoff: Int32
    /// Long-term stability: the current period of care started on or before this day.
    let longTermCareCutoff: Int32
    /// Long-term stability: no change of carer starting after this day.
    let longTermMoveCutoff: Int32
    let x1: UInt8
    let startedCare: UInt8
    let missing: UInt8
    let away: UInt8
    let suitable: CodeSet<AccommodationCodes>
    let goodGrades: CodeSet<AuditGradeCodes>
    /// Ages at the period end and on the day before it starts.
    let ageAtEnd: AgeTable
    let ageBeforeStart: AgeTable
    /// For each day of the period (`day - start`), the first day of the re-referral window
    /// ending on it: the same day `rereferralWindowMonths` months earlier.
    let rereferralWindowStart: [Int32]
    let notApplicable: UInt8 = 254

    init(_ period: ReportingPeriod, _ configuration: AggregationConfiguration) {
        start = period.start.dayNumber
        end = period.end.dayNumber
        dayBeforeStart = period.start.dayNumber - 1
        yearOfEnd = UInt16(period.collectionYearOfEnd)
        planOpenCutoff = period.end.adding(years: -configuration.planOpenYears).dayNumber
        longTermCareCutoff = period.end.adding(months: -configuration.longTermCareMonths).dayNumber
        longTermMoveCutoff = period.end.adding(months: -configuration.longTermNoMoveMonths).dayNumber
        x1 = ReasonCeasedCodes.list.index(of: "X1")!
        startedCare = ReasonNewEpisodeCodes.list.index(of: "S")!
        missing = MissingTypeCodes.list.index(of: "M")!
        away = MissingTypeCodes.list.index(of: "A")!
        suitable = CodeSet(AccommodationCodes.list.codes.filter { $0.hasSuffix("1") })
        goodGrades = ["OUT", "GOOD"]
        ageAtEnd = AgeTable(on: period.end)
        ageBeforeStart = AgeTable(on: period.start.adding(days: -1))
        let months = configuration.rereferralWindowMonths
        rereferralWindowStart = period.end.dayNumber < period.start.dayNumber ? []
            : (period.start.dayNumber...period.end.dayNumber).map { Day(dayNumber: $0).adding(months: -months).dayNumber }
    }

    /// Whether `day` is in the period, both ends inclusive (unknown days are not).
    @inline(__always)
    func contains(_ day: Int32) -> Bool { day >= start && day <= end }

    /// The collection year (ending 31 March) containing the day number `day`.
    @inline(__always)
    static func collectionYear(of day: Int32) -> UInt16 {
        let (year, month, _) = Day(dayNumber: day).components
        return UInt16(clamping: month >= 4 ? year + 1 : year)
    }
}
