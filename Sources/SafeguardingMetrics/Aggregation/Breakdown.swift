/// A characteristic that splits every indicator of a computation into cells (INDICATORS.md §2):
/// each cell reports its count and its share of the total.
///
/// A record goes to exactly one cell, so the cells of a breakdown sum to the total. Records the
/// characteristic does not apply to (a referral has no category of abuse) go to a "not applicable"
/// cell, and blank or invalid values to "not recorded". Ages are taken at the event: the referral
/// date, the enquiry's start, the plan's start, and the period end for snapshot measures. A rate's
/// cells are rates of their own only with populations by cell
/// (``IndicatorRequest/breakdownPopulations``).
///
/// ```swift
/// var request = IndicatorRequest(cohort: cohort, period: .collectionYear(2025), populations: populations)
/// request.breakdown = .ageBand
/// Breakdown.ageBand.cellLabels   // ["Under 1", "1-4", "5-9", "10-15", "16-17", "18 and over", "Unborn", "Not recorded"]
/// ```
@frozen
public enum Breakdown: String, Sendable, Hashable, CaseIterable {
    /// No breakdown: one cell, the total.
    case none
    /// Age band at the event: under 1, 1-4, 5-9, 10-15, 16-17, 18 and over, unborn.
    case ageBand = "age_band"
    /// Sex.
    case sex
    /// The 20 DfE ethnicity codes.
    case ethnicity
    /// The five major ethnic groups, and refused or not obtained.
    case ethnicGroup = "ethnic_group"
    /// Disability recorded or not.
    case disability
    /// Primary need (N0-N9): the referral's for CIN measures (a plan's and an enquiry's that of
    /// their referral), the episode's `CIN` for CLA measures.
    case primaryNeed = "primary_need"
    /// Initial category of abuse of a child protection plan.
    case initialCategoryOfAbuse = "initial_category_of_abuse"
    /// Latest category of abuse of a child protection plan.
    case latestCategoryOfAbuse = "latest_category_of_abuse"
    /// Placement group at the period end: foster, residential, other.
    case placementGroup = "placement_group"
    /// Source of the referral (`ReferralSource`) of a CIN record: the referral's own, and for an
    /// assessment, enquiry, conference or plan its referral's.
    case referralSource = "referral_source"

    /// The names of the cells, in cell order.
    public var cellLabels: [String] {
        switch self {
        case .none: ["All"]
        case .ageBand: ["Under 1", "1-4", "5-9", "10-15", "16-17", "18 and over", "Unborn", "Not recorded"]
        case .sex: SexCodes.list.labels + ["Not recorded"]
        case .ethnicity: EthnicityCodes.list.codes + ["Not recorded"]
        case .ethnicGroup: EthnicityCodes.majorGroups + ["Not recorded"]
        case .disability: ["Disabled", "Not disabled", "Not recorded"]
        case .primaryNeed: PrimaryNeedCodes.list.codes + ["Not recorded"]
        case .initialCategoryOfAbuse, .latestCategoryOfAbuse: AbuseCategoryCodes.list.codes + ["Not recorded", "Not applicable"]
        case .placementGroup: ["Foster", "Residential", "Other placement", "Not recorded", "Not applicable"]
        case .referralSource: ReferralSourceCodes.list.codes + ["Not recorded", "Not applicable"]
        }
    }

    /// The number of cells.
    public var cellCount: Int { cellLabels.count }

    /// The age-band cell of someone born on `birth` (or expected on `expectedBirth`) at `date`.
    @inlinable
    static func ageBandCell(birth: Int32, expectedBirth: Int32, at date: Int32) -> Int {
        if birth == DayNumber.unknown {
            return expectedBirth == DayNumber.unknown ? 7 : 6
        }
        if birth > date { return 6 }
        let age = Day(dayNumber: birth).age(on: Day(dayNumber: date))
        switch age {
        case ..<1: return 0
        case 1...4: return 1
        case 5...9: return 2
        case 10...15: return 3
        case 16...17: return 4
        default: return 5
        }
    }

    /// The cell of a coded value from a list of `count` codes: raw 1...count map to 0..<count,
    /// blank and invalid to `count` (not recorded).
    @inlinable
    static func codeCell(_ raw: UInt8, count: Int) -> Int {
        raw >= 1 && Int(raw) <= count ? Int(raw) - 1 : count
    }
}
