/// One authority's simulated records, with full dates, from which returns for any year are cut.
struct SyntheticHistory: Sendable {
    struct Child: Sendable {
        var id: Int
        var birth: Day
        var male: Bool
        var ethnicity: String
        var disabled: Bool
        var home: Int
        var plansBeforeData: Int
        var plans = 0
        var lastReferral = -1
        var inCareUntil = Day(dayNumber: .min)
    }

    struct Referral: Sendable {
        var child: Int
        var date: Day
        var noFurtherAction: Bool
        var need: String
        var closure: Day
        var closureReason: String
        var assessment: (start: Day, authorised: Day)?
        var enquiries: [(start: Day, conference: Day?)] = []
        var plans: [Plan] = []
        var episodeConference: Day?
    }

    struct Plan: Sendable {
        var start: Day
        var end: Day
        var initial: String
        var latest: String
        var previous: Int
    }

    struct Episode: Sendable {
        var child: Int
        var start: Day
        var end: Day?
        var reasonNewEpisode: String
        var legalStatus: String
        var need: String
        var placement: String
        var provider: String
        var reasonCeased: String
        var reasonPlaceChange: String
        var placementPostcode: Int
    }

    /// A child's adoption out of a period of care: the dates of each stage, and the adopters.
    struct Adoption: Sendable {
        var child: Int
        /// The agency decision that the child should be placed for adoption (`DATE_INT`, `DATE_PLACED`).
        var decided: Day
        /// The placement order (the first day of the episode with legal status E1).
        var orderGranted: Day
        /// The match with the adopters (`DATE_MATCH`).
        var matched: Day
        /// The move to the adopters (the first day of the A placement).
        var movedIn: Day
        /// The adoption (the end of the last episode, E11 or E12).
        var adopted: Day
        /// Adopted by the child's foster carers (A5: placed with them).
        var byFosterCarers: Bool
        /// `NB_ADOPTR`, `SEX_ADOPTR`, `LS_ADOPTR`.
        var adopters: Int, sex: String, legalStatus: String
    }

    struct Missing: Sendable {
        var child: Int
        var start: Day
        var end: Day
        var away: Bool
    }

    var authority: SyntheticAuthority
    var children: [Child] = []
    var referrals: [Referral] = []
    var episodes: [Episode] = []
    var missing: [Missing] = []
    /// Adoptions, in the order the periods of care were simulated.
    var adoptions: [Adoption] = []
    /// Children looked after at any time on or after their 16th birthday (the OC3 cohort).
    var careLeavers: [Int] = []
    /// Postcodes of this authority: `local` near home, then `distant` out of area.
    var postcodes: [SyntheticPostcode] = []
    var localPostcodes = 0
}

/// A postcode the generator invents, with a British National Grid position in metres.
struct SyntheticPostcode: Sendable, Hashable {
    var code: String
    var easting: Int
    var northing: Int
}

/// How an authority's rates differ from England's, as multipliers of the generator's
/// England-calibrated rates: 2 means twice England's rate. 1 everywhere is England.
public struct SyntheticCalibration: Sendable, Hashable {
    /// Referrals per child.
    public var referrals: Double
    /// Children starting to be looked after per child.
    public var careStarts: Double
    /// Length of periods of care.
    public var timeInCare: Double

    /// Multipliers (each clamped to 0.25...4).
    public init(referrals: Double = 1, careStarts: Double = 1, timeInCare: Double = 1) {
        func clamp(_ value: Double) -> Double { value.isFinite ? min(4, max(0.25, value)) : 1 }
        self.referrals = clamp(referrals)
        self.careStarts = clamp(careStarts)
        self.timeInCare = clamp(timeInCare)
    }

    /// England's rates.
    public static let england = SyntheticCalibration()
}

/// An authority to generate: its codes, name, child population by ONS mid-year, and how its
/// rates differ from England's.
public struct SyntheticAuthority: Sendable, Hashable {
    /// The ONS E-code.
    public var code: String
    /// The DfE 3-digit number (written as the CIN census `LEA`).
    public var number: String
    /// The name.
    public var name: String
    /// Children aged 0-17 by ONS mid-year.
    public var population: [Int: Int64]
    /// The authority's rates relative to England's.
    public var calibration: SyntheticCalibration

    /// Creates an authority (with England's rates unless a calibration is given).
    public init(code: String, number: String, name: String, population: [Int: Int64],
                calibration: SyntheticCalibration = .england) {
        self.code = code
        self.number = number
        self.name = name
        self.population = population
        self.calibration = calibration
    }

    /// The population for a mid-year: that year's, else the latest earlier, else the earliest.
    func population(midYear: Int) -> Int64 {
        if let value = population[midYear] { return value }
        if let earlier = population.keys.filter({ $0 < midYear }).max() { return population[earlier]! }
        return population.keys.min().map { population[$0]! } ?? 0
    }
}
