/// One row of an outcomes framework: an indicator with its unit, polarity, precision and dated
/// baseline, targets and actuals.
///
/// The row's ``id`` is the framework's own stable identifier (`OF1-03`). Its actuals may be
/// typed in, or computed from the cohort: ``linkedIndicator`` names the computed indicator whose
/// results stand for this row (``computedID`` when given, else the row's own ``id``, so a
/// framework that uses catalogue identifiers links by itself).
///
/// ```swift
/// let referrals = FrameworkIndicator(
///     id: "OF1-03", outcome: "Families get the help they need", title: "Referral rate per 10,000",
///     unit: .ratePer10k, polarity: .lower, decimals: 0, computedID: "referrals.rate",
///     points: [.baseline("2023-04", FixedDecimal(833)), .target("2023-10", FixedDecimal(825)),
///              .target("2024-03", FixedDecimal(810))])
/// referrals.trajectory.expected(at: "2024-01")?.rounded(toDecimals: 0) // 816
/// ```
@frozen
public struct FrameworkIndicator: Sendable, Hashable, Identifiable {
    /// The framework's stable identifier for the row (`OF1-03`): names the row, not an indicator.
    public var id: FrameworkRowID
    /// The outcome area the indicator belongs to.
    public var outcome: String
    /// The indicator's title as the framework words it.
    public var title: String
    /// The unit its values are measured in.
    public var unit: MeasureUnit
    /// Which direction is better; drives status, direction of travel and RAG.
    public var polarity: Polarity
    /// The display precision: values are rounded half up to this many decimals before they are
    /// shown or compared. 0 through 6.
    public var decimals: Int
    /// What the indicator is compared with, if anything.
    public var comparator: FrameworkComparator?
    /// The computed indicator whose results supply this row's actuals, when it differs from
    /// ``id`` (`referrals.rate` for `OF1-03`).
    public var computedID: IndicatorID?
    /// The dated values, in the order they were written (a CSV row's column order).
    public var points: [FrameworkPoint]
    /// The period each date stands for (the rolling 12 months ending on it by default).
    public var basis: FrameworkBasis
    /// What the targets are: 12-month figures (a part-year flow actual is annualised, the
    /// default) or figures to pro-rate to the actual's period.
    public var targetBasis: TargetBasis

    /// Creates a framework row.
    ///
    /// - Precondition: `decimals` is 0 through 6.
    public init(id: FrameworkRowID, outcome: String, title: String, unit: MeasureUnit, polarity: Polarity,
                decimals: Int, comparator: FrameworkComparator? = nil, computedID: IndicatorID? = nil,
                points: [FrameworkPoint], basis: FrameworkBasis = .rolling12Months,
                targetBasis: TargetBasis = .twelveMonths) {
        precondition((0...6).contains(decimals), "decimals must be 0...6")
        self.id = id
        self.outcome = outcome
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.decimals = decimals
        self.comparator = comparator
        self.computedID = computedID
        self.points = points
        self.basis = basis
        self.targetBasis = targetBasis
    }

    /// The identifier computed results are matched on: ``computedID``, else the indicator
    /// named by the same text as ``id`` (``FrameworkRowID/sameNamedIndicator``).
    @inlinable
    public var linkedIndicator: IndicatorID { computedID ?? id.sameNamedIndicator }

    /// The baseline: the first baseline point that holds a value, or `nil` when there is none.
    public var baseline: FrameworkPoint? {
        points.first { $0.kind == .baseline && $0.value != nil }
    }

    /// The target points (any entry), in date order.
    public var targets: [FrameworkPoint] { points(of: .target) }

    /// The actual points (any entry), in date order.
    public var actuals: [FrameworkPoint] { points(of: .actual) }

    /// The points of one kind in date order (stable for equal dates).
    public func points(of kind: FrameworkPointKind) -> [FrameworkPoint] {
        points.enumerated().filter { $0.element.kind == kind }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// Whether any point holds a value or unreadable text (blanks and TBCs do not count).
    public var hasValues: Bool {
        points.contains {
            switch $0.entry {
            case .value, .unreadable: true
            case .blank, .toBeConfirmed: false
            }
        }
    }

    /// The expected path: the baseline, then each target with a value (INDICATORS.md §5).
    public var trajectory: Trajectory { Trajectory(self) }
}

extension FrameworkIndicator: Codable {
    /// The JSON keys, in snake case.
    enum CodingKeys: String, CodingKey {
        case id, outcome, title, unit, polarity, decimals, comparator
        case computedID = "computed_id"
        case points, basis
        case targetBasis = "target_basis"
    }

    /// Decodes a row; `comparator`, `computed_id`, `basis` and `target_basis` may be absent.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when `decimals` is not 0 through 6.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let decimals = try container.decode(Int.self, forKey: .decimals)
        guard (0...6).contains(decimals) else {
            throw DecodingError.dataCorruptedError(forKey: .decimals, in: container,
                                                   debugDescription: "decimals must be 0 through 6")
        }
        self.init(id: try container.decode(FrameworkRowID.self, forKey: .id),
                  outcome: try container.decode(String.self, forKey: .outcome),
                  title: try container.decode(String.self, forKey: .title),
                  unit: try container.decode(MeasureUnit.self, forKey: .unit),
                  polarity: try container.decode(Polarity.self, forKey: .polarity),
                  decimals: decimals,
                  comparator: try container.decodeIfPresent(FrameworkComparator.self, forKey: .comparator),
                  computedID: try container.decodeIfPresent(IndicatorID.self, forKey: .computedID),
                  points: try container.decode([FrameworkPoint].self, forKey: .points),
                  basis: try container.decodeIfPresent(FrameworkBasis.self, forKey: .basis) ?? .rolling12Months,
                  targetBasis: try container.decodeIfPresent(TargetBasis.self, forKey: .targetBasis) ?? .twelveMonths)
    }

    /// Encodes a row; absent optional fields, and a default basis or target basis, are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(title, forKey: .title)
        try container.encode(unit, forKey: .unit)
        try container.encode(polarity, forKey: .polarity)
        try container.encode(decimals, forKey: .decimals)
        try container.encodeIfPresent(comparator, forKey: .comparator)
        try container.encodeIfPresent(computedID, forKey: .computedID)
        try container.encode(points, forKey: .points)
        if basis != .rolling12Months { try container.encode(basis, forKey: .basis) }
        if targetBasis != .twelveMonths { try container.encode(targetBasis, forKey: .targetBasis) }
    }
}
