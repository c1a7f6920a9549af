/// The expected value of an indicator at any date, from its baseline and targets
/// (INDICATORS.md §5).
///
/// The milestones are the baseline, then each target that has a value (blank, TBC and
/// unreadable targets are not milestones), in date order. The expected value at day D is:
/// - up to the baseline's date, the baseline (with no baseline, nothing is expected before the
///   first target);
/// - between two consecutive milestones (baseline → first target → second target …), linear
///   interpolation **by days**: `v₁ + (v₂ − v₁) × (D − d₁) / (d₂ − d₁)`;
/// - after the last milestone, the last target.
///
/// INDICATORS.md §5 says "the baseline before the first target" and lists the baseline among the
/// consecutive points interpolated between; the two agree only if the baseline holds up to its
/// own date and the path then runs straight to the first target, which is how it is read here.
///
/// Month dates stand for the month's last day (see ``FrameworkDate``). The result is an
/// ``Rational``, exact; it is rounded half up at the indicator's display precision only when
/// it is shown or compared. When two milestones fall on the same day, the later one in date
/// order holds from that day.
///
/// The worked example of §5: baseline 833 (2023-04), targets 825 (2023-10) and 810 (2024-03).
/// At 2024-01 (31 January 2024) the expected value is 825 + (810 − 825) × 92 / 152, where 92 is
/// the number of days from 31 October 2023 to 31 January 2024 and 152 from 31 October 2023 to
/// 31 March 2024: exactly 31005/38 = 815.92…, shown as 816.
///
/// ```swift
/// let path = Trajectory(baseline: TrajectoryMilestone(date: "2023-04", value: FixedDecimal(833)),
///                       targets: [TrajectoryMilestone(date: "2023-10", value: FixedDecimal(825)),
///                                 TrajectoryMilestone(date: "2024-03", value: FixedDecimal(810))])
/// path.expected(at: "2024-01")                          // 31005/38
/// path.expected(at: "2024-01")?.rounded(toDecimals: 0)  // 816
/// ```
@frozen
public struct Trajectory: Sendable, Hashable {
    /// The baseline, if the indicator has one.
    public var baseline: TrajectoryMilestone?
    /// The targets with values, in date order.
    public var targets: [TrajectoryMilestone]

    /// Creates a trajectory; the targets are put in date order (stable for equal dates).
    public init(baseline: TrajectoryMilestone?, targets: [TrajectoryMilestone]) {
        self.baseline = baseline
        self.targets = targets.enumerated()
            .sorted { ($0.element.date.effectiveDay, $0.offset) < ($1.element.date.effectiveDay, $1.offset) }
            .map(\.element)
    }

    /// The trajectory of a framework row: its ``FrameworkIndicator/baseline`` and every target
    /// that holds a value.
    public init(_ indicator: FrameworkIndicator) {
        var baseline: TrajectoryMilestone?
        var targets: [TrajectoryMilestone] = []
        for point in indicator.points {
            guard let value = point.value else { continue }
            switch point.kind {
            case .baseline where baseline == nil: baseline = TrajectoryMilestone(date: point.date, value: value)
            case .target: targets.append(TrajectoryMilestone(date: point.date, value: value))
            default: break
            }
        }
        self.init(baseline: baseline, targets: targets)
    }

    /// The milestones in date order: the baseline first, then the targets.
    public var milestones: [TrajectoryMilestone] {
        let all = (baseline.map { [$0] } ?? []) + targets
        return all.enumerated()
            .sorted { ($0.element.date.effectiveDay, $0.offset) < ($1.element.date.effectiveDay, $1.offset) }
            .map(\.element)
    }

    /// The exact expected value at `date` (its ``FrameworkDate/effectiveDay``), or `nil` when
    /// there are no milestones, or no baseline and `date` is before the first target.
    public func expected(at date: FrameworkDate) -> Rational? {
        expected(on: date.effectiveDay)
    }

    /// The exact expected value on `day`; see ``expected(at:)``.
    ///
    /// - Complexity: O(m log m) in the number of milestones.
    public func expected(on day: Day) -> Rational? {
        let points = milestones
        guard let first = points.first else { return nil }
        guard let lastIndex = points.lastIndex(where: { $0.date.effectiveDay <= day }) else {
            // Before every milestone: the baseline holds; without one nothing is expected yet.
            return baseline == nil ? nil : Rational(first.value)
        }
        let from = points[lastIndex]
        guard lastIndex + 1 < points.count else { return Rational(from.value) }
        let to = points[lastIndex + 1]
        let places = max(from.value.decimals, to.value.decimals)
        let start = from.value.units(at: places)
        let end = to.value.units(at: places)
        let elapsed = Int128(from.date.effectiveDay.distance(to: day))
        let span = Int128(from.date.effectiveDay.distance(to: to.date.effectiveDay))
        // span > 0: `to` is the first milestone strictly after `day`, and `from` is on or before it.
        return Rational(start * span + (end - start) * elapsed,
                             span * FixedDecimal.integerPowerOfTen(places))
    }
}
