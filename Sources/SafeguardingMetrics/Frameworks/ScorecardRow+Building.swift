extension ScorecardRow {
    /// The points of one row that share a day: targets, actuals and a computed actual.
    private struct Slot {
        var date: FrameworkDate
        var targets: [FrameworkPoint] = []
        var actuals: [FrameworkPoint] = []
        var computed: ComputedActual?
    }

    /// The actual chosen for a slot, with its counts and source.
    private struct Actual {
        var value: FixedDecimal
        var source: ActualSource
        var numerator: Int64?
        var denominator: Int64?
        /// The computed actual it came from, when computed.
        var computed: ComputedActual?
        /// The days it was annualised from.
        var annualisedFromDays: Int?
    }

    /// Judges `indicator` at `date` (see ``Scorecard/init(framework:at:computed:settings:)``).
    init(_ indicator: FrameworkIndicator, at date: FrameworkDate, findings: [FrameworkFinding],
         computed: [ComputedActual], settings: ScorecardSettings) {
        let decimals = indicator.decimals
        let policy = settings.ragPolicy(for: indicator.id)
        let trajectory = indicator.trajectory
        let baseline = indicator.baseline.flatMap { point in
            point.value.map { ScorecardDatedValue(date: point.date, value: $0.rounded(toDecimals: decimals)) }
        }
        var issues = findings.map { ScorecardIssue(kind: $0.kind, date: $0.date, message: $0.message) }
        let quiet = !indicator.hasValues // a row with no values is one finding, not a note per cell
        let slots = ScorecardRow.slots(of: indicator, computed: computed.filter { $0.unit == indicator.unit })

        var points: [ScorecardPoint] = []
        var previous = baseline?.value
        for slot in slots {
            let day = slot.date.effectiveDay
            let written = slot.targets.first { !$0.entry.isBlank }
            let target = written?.value?.rounded(toDecimals: decimals)
            let targetUnknown = written != nil && target == nil
            if !quiet {
                switch written?.entry {
                case nil where !slot.targets.isEmpty:
                    issues.append(ScorecardIssue(kind: .blankTarget, date: slot.date,
                                                 message: "no target given for \(slot.date)"))
                case .toBeConfirmed?:
                    issues.append(ScorecardIssue(kind: .tbcTarget, date: slot.date,
                                                 message: "the target for \(slot.date) is TBC"))
                default:
                    break
                }
            }
            let actual = day <= date.effectiveDay
                ? ScorecardRow.actual(of: slot, indicator: indicator, quiet: quiet, issues: &issues)
                : ScorecardRow.ignoreLateActual(of: slot, at: date, issues: &issues)
            let expected = trajectory.expected(at: slot.date)?.rounded(toDecimals: decimals)
            var aim = targetUnknown ? nil : (target ?? expected)

            var point = ScorecardPoint(date: slot.date, target: target, expected: expected)
            point.noData = actual == nil && day <= date.effectiveDay && slot.computed?.isNotCovered == true
            if let computed = actual?.computed {
                point.basis = computed.basis
                point.coveredDays = computed.isPartial ? computed.coveredDays : nil
                point.populationYear = computed.populationYear
                point.annualisedFromDays = actual?.annualisedFromDays
                if computed.isAnnualisable, indicator.targetBasis == .proRated, let basis = computed.basis,
                   !basis.isTwelveMonths, let written = aim {
                    aim = basis.proRated(Rational(written)).rounded(toDecimals: decimals)
                    point.target = target.map { basis.proRated(Rational($0)).rounded(toDecimals: decimals) }
                    point.targetProRatedToDays = basis.days
                }
            }
            if let computed = actual?.computed, computed.isAnnualisable, computed.isPartial, let period = computed.period {
                issues.append(ScorecardIssue(kind: .computedPartial, date: slot.date,
                                             message: "the returns hold \(computed.coveredDays ?? 0) of the \(period.dayCount) "
                                                 + "days of \(period) for \(computed.indicator); the actual counts only those "
                                                 + "and is not judged"))
                aim = nil
            }
            if let actual {
                point.actual = actual.value
                point.actualSource = actual.source
                point.numerator = actual.numerator
                point.denominator = actual.denominator
                if let aim {
                    point.status = TargetStatus.assess(actual: actual.value, against: aim, polarity: indicator.polarity,
                                                       decimals: decimals)
                } else if indicator.polarity != .none && actual.computed?.isPartial != true {
                    let reason = targetUnknown ? "the target for \(slot.date) has no value"
                        : "there is no target or trajectory value at \(slot.date)"
                    issues.append(ScorecardIssue(kind: .noAim, date: slot.date, message: "no status: \(reason)"))
                }
                if let previous {
                    point.movement = Movement(from: previous, to: actual.value)
                    point.direction = DirectionOfTravel.assess(current: actual.value, previous: previous,
                                                               polarity: indicator.polarity, decimals: decimals, aim: aim)
                }
                point.change = ChangeFigures(actual: actual.value, previous: previous, target: aim, unit: indicator.unit,
                                             decimals: decimals)
                // An annualised actual's counts are of the part year: no significance from them.
                if actual.annualisedFromDays == nil {
                    point.significance = ScorecardRow.significance(of: actual, indicator: indicator, policy: policy,
                                                                   comparator: settings.comparatorValues[indicator.id],
                                                                   date: slot.date, issues: &issues)
                }
                previous = actual.value
            }
            point.rag = policy.rating(for: RAGInput(polarity: indicator.polarity, status: point.status,
                                                    actual: point.actual, aim: aim, baseline: baseline?.value,
                                                    significance: point.significance))
            points.append(point)
        }

        self.init(id: indicator.id, outcome: indicator.outcome, title: indicator.title, unit: indicator.unit,
                  polarity: indicator.polarity, decimals: decimals, ragPolicy: policy, baseline: baseline,
                  points: points,
                  expectedAt: ScorecardDatedValue(date: date,
                                                  value: trajectory.expected(at: date)?.rounded(toDecimals: decimals)),
                  issues: issues)
        basis = indicator.basis
        targetBasis = indicator.targetBasis
    }

    /// The row's targets, actuals and computed actuals gathered by day, in date order.
    private static func slots(of indicator: FrameworkIndicator, computed: [ComputedActual]) -> [Slot] {
        var slots: [Day: Slot] = [:]
        for point in indicator.points where point.kind != .baseline {
            let day = point.date.effectiveDay
            var slot = slots[day] ?? Slot(date: point.date)
            if point.kind == .target { slot.targets.append(point) } else { slot.actuals.append(point) }
            slots[day] = slot
        }
        for actual in computed {
            let day = actual.date.effectiveDay
            var slot = slots[day] ?? Slot(date: actual.date)
            if slot.computed == nil { slot.computed = actual }
            slots[day] = slot
        }
        return slots.keys.sorted().map { slots[$0]! }
    }

    /// The actual of a slot on or before the scorecard date: the computed one when defined,
    /// else the typed-in one; blank and TBC actuals are reported. A computed flow count or rate
    /// over a period that is not 12 months is annualised by days (``PeriodBasis/annualised(_:)``)
    /// unless the row's targets are pro-rated; its counts stay those of the part year (for
    /// suppression), so no significance is worked out from them.
    private static func actual(of slot: Slot, indicator: FrameworkIndicator, quiet: Bool,
                               issues: inout [ScorecardIssue]) -> Actual? {
        let decimals = indicator.decimals
        if let computed = slot.computed {
            if computed.isNotCovered {
                issues.append(ScorecardIssue(kind: .computedNotCovered, date: slot.date,
                                             message: "the returns hold none of \(computed.period.map(String.init(describing:)) ?? "the period") "
                                                 + "for \(computed.indicator); the typed-in actual, if any, is used, else no data"))
            } else if let value = computed.value {
                if computed.isAnnualisable, indicator.targetBasis == .twelveMonths, let basis = computed.basis,
                   !basis.isTwelveMonths {
                    return Actual(value: basis.annualised(value).rounded(toDecimals: decimals), source: .computed,
                                  numerator: computed.numerator, denominator: computed.denominator,
                                  computed: computed, annualisedFromDays: basis.days)
                }
                return Actual(value: value.rounded(toDecimals: decimals), source: .computed, numerator: computed.numerator,
                              denominator: computed.denominator, computed: computed)
            } else {
                issues.append(ScorecardIssue(kind: .computedUndefined, date: slot.date,
                                             message: "the computed \(computed.indicator) at \(slot.date) is undefined "
                                                 + "(zero denominator); the typed-in actual, if any, is used"))
            }
        }
        let written = slot.actuals.first { !$0.entry.isBlank }
        switch written?.entry {
        case .value(let value)?:
            return Actual(value: value.rounded(toDecimals: decimals), source: .typed, numerator: written?.numerator,
                          denominator: written?.denominator)
        case .toBeConfirmed?:
            issues.append(ScorecardIssue(kind: .tbcActual, date: slot.date, message: "the actual for \(slot.date) is TBC"))
        case nil where !slot.actuals.isEmpty && !quiet:
            issues.append(ScorecardIssue(kind: .blankActual, date: slot.date,
                                         message: "no actual given for \(slot.date)"))
        default:
            break
        }
        return nil
    }

    /// Reports an actual dated after the scorecard date; it is not used.
    private static func ignoreLateActual(of slot: Slot, at date: FrameworkDate, issues: inout [ScorecardIssue]) -> Actual? {
        if slot.computed != nil || slot.actuals.contains(where: { !$0.entry.isBlank }) {
            issues.append(ScorecardIssue(kind: .actualAfterDate, date: slot.date,
                                         message: "the actual for \(slot.date) is after the scorecard date \(date) "
                                             + "and is not used"))
        }
        return nil
    }

    /// The comparison with the comparator, when a value and counts are available; reported when
    /// the significance policy needs it and it cannot be made.
    private static func significance(of actual: Actual, indicator: FrameworkIndicator, policy: RAGPolicy,
                                     comparator: FixedDecimal?, date: FrameworkDate,
                                     issues: inout [ScorecardIssue]) -> SignificanceComparison? {
        let levels: SignificanceScheme
        var needed = false
        if case .significance(let wanted) = policy {
            levels = wanted
            needed = true
        } else {
            levels = .oneLevel
        }
        var reason: String?
        var result: SignificanceComparison?
        if indicator.polarity != .higher && indicator.polarity != .lower {
            reason = "the polarity is \(indicator.polarity.rawValue), not higher or lower"
        } else if comparator == nil {
            reason = "no comparator value was given"
        } else if let numerator = actual.numerator, let denominator = actual.denominator, let comparator {
            result = SignificanceComparison.compare(numerator: numerator, denominator: denominator, unit: indicator.unit,
                                                    with: comparator.doubleValue, polarity: indicator.polarity,
                                                    scheme: levels)
            if result == nil {
                reason = "no confidence interval for \(numerator)/\(denominator) as a \(indicator.unit.displayName)"
            }
        } else {
            reason = "the actual has no numerator and denominator"
        }
        if needed, let reason {
            issues.append(ScorecardIssue(kind: .noSignificance, date: date,
                                         message: "no significance rating at \(date): \(reason)"))
        }
        return result
    }
}
