extension OutcomesFramework {
    /// Checks the framework by the rules of INDICATORS.md §5 and returns what it finds, row by
    /// row in framework order.
    ///
    /// Per point: values written on the wrong scale (``FrameworkIssueKind/scaleMismatch``) or not
    /// readable at all, percentages over 100, numerators above denominators, values that disagree
    /// with their own counts, a second value of the same kind at the same date, and targets dated
    /// before the baseline. Per row: duplicate identifiers, rows with no values, rows with values
    /// but no baseline, and baselines at more than one date. Against `computed`: typed-in actuals
    /// that differ from the computed ones at display precision, and computed actuals in another
    /// unit. Values that read but look like another scale are warnings
    /// (``FrameworkIndicator/plausibilityFindings(row:)``). Blank and TBC cells are allowed and are not findings (the ``Scorecard`` reports them).
    ///
    /// ```swift
    /// let findings = framework.validate(against: computedActuals)
    /// findings.filter { $0.severity == .error }
    /// ```
    /// - Complexity: O(n) in the number of points and computed actuals.
    public func validate(against computed: [ComputedActual] = []) -> [FrameworkFinding] {
        let computedByIndicator = Dictionary(grouping: computed, by: \.indicator)
        var seen: Set<FrameworkRowID> = []
        var findings: [FrameworkFinding] = []
        for (row, indicator) in indicators.enumerated() {
            if !seen.insert(indicator.id).inserted {
                findings.append(FrameworkFinding(kind: .duplicateID, row: row, indicator: indicator.id, field: .id,
                                                 message: "the identifier \(indicator.id) is used by an earlier row"))
            }
            findings += indicator.validate(row: row, against: computedByIndicator[indicator.linkedIndicator] ?? [])
        }
        return findings
    }
}

extension FrameworkIndicator {
    /// Checks one row (see ``OutcomesFramework/validate(against:)``); `row` is its index, copied
    /// into the findings. Duplicate identifiers need the whole framework and are not checked here.
    ///
    /// ```swift
    /// indicator.validate(row: 3).map(\.kind) // [.scaleMismatch]
    /// ```
    public func validate(row: Int = 0, against computed: [ComputedActual] = []) -> [FrameworkFinding] {
        var findings: [FrameworkFinding] = []
        func report(_ kind: FrameworkIssueKind, _ field: FrameworkField, _ point: FrameworkPoint?, _ message: String) {
            let prefix = point.map { "\($0.label): " } ?? ""
            findings.append(FrameworkFinding(kind: kind, row: row, indicator: id, field: field, date: point?.date,
                                             message: prefix + message))
        }
        let base = baseline
        var written: Set<PointKey> = []
        for (index, point) in points.enumerated() {
            checkEntry(point, index: index, report: report)
            checkCounts(point, index: index, report: report)
            if !point.entry.isBlank, !written.insert(PointKey(point)).inserted {
                report(.duplicatePoint, .point(index), point, "a second \(point.kind.rawValue) for the same date")
            }
            if point.kind == .target, !point.entry.isBlank, let base,
               point.date.effectiveDay < base.date.effectiveDay {
                report(.targetBeforeBaseline, .point(index), point, "dated before the baseline (\(base.date))")
            }
        }
        if !hasValues {
            report(.noValues, .row, nil, "no baseline, target or actual has a value")
        } else if base == nil {
            let field = points.firstIndex { $0.kind == .baseline }.map(FrameworkField.point) ?? .row
            report(.missingBaseline, field, nil, "no baseline value: statuses can be given, but not red or amber by the baseline")
        }
        let baselineDays = Set(points.filter { $0.kind == .baseline && $0.value != nil }.map(\.date.effectiveDay))
        if baselineDays.count > 1,
           let second = points.indices.filter({ points[$0].kind == .baseline && points[$0].value != nil }).dropFirst().first {
            report(.multipleBaselines, .point(second), points[second],
                   "baselines at \(baselineDays.count) dates; the first (\(base.map { "\($0.date)" } ?? "")) is used")
        }
        findings += plausibilityFindings(row: row)
        checkComputed(computed, report: report)
        return findings
    }

    private struct PointKey: Hashable {
        var kind: FrameworkPointKind
        var day: Day
        init(_ point: FrameworkPoint) {
            kind = point.kind
            day = point.date.effectiveDay
        }
    }

    private typealias Report = (FrameworkIssueKind, FrameworkField, FrameworkPoint?, String) -> Void

    private func checkEntry(_ point: FrameworkPoint, index: Int, report: Report) {
        switch point.entry {
        case .unreadable(let text):
            do {
                _ = try unit.parseValue(text)
                report(.unreadableValue, .point(index), point, "\(DataProblem.quote(text)) was kept as text, not read as a value")
            } catch {
                if case .scaleMismatch = error {
                    report(.scaleMismatch, .point(index), point, error.description)
                } else {
                    report(.unreadableValue, .point(index), point, error.description)
                }
            }
        case .value(let value):
            if unit == .percentage, value > FixedDecimal(100) {
                report(.percentageOver100, .point(index), point, "\(unit.format(value)) is over 100%")
            }
        case .blank, .toBeConfirmed:
            break
        }
    }

    private func checkCounts(_ point: FrameworkPoint, index: Int, report: Report) {
        if let numerator = point.numerator, numerator < 0 {
            report(.invalidCount, .numerator(index), point, "the numerator \(numerator) is negative")
        }
        if let denominator = point.denominator, denominator < 0 {
            report(.invalidCount, .denominator(index), point, "the denominator \(denominator) is negative")
        }
        guard let numerator = point.numerator, let denominator = point.denominator,
              numerator >= 0, denominator >= 0 else { return }
        if numerator > denominator {
            report(.numeratorAboveDenominator, .numerator(index), point,
                   "the numerator \(numerator) is above the denominator \(denominator)")
            return
        }
        let scale: Int64? = switch unit {
        case .percentage: 100
        case .ratePer10k: 10_000
        case .ratePer100k: 100_000
        case .averageScore: 1
        case .count, .days: nil
        }
        guard let scale, let value = point.value,
              let fromCounts = Rounding.halfUp(numerator: numerator, denominator: denominator, scale: scale,
                                               decimals: decimals)
        else { return }
        if value.rounded(toDecimals: decimals) != fromCounts {
            report(.valueDisagreesWithCounts, .point(index), point,
                   "\(unit.format(value)) but \(numerator)/\(denominator) gives \(unit.format(fromCounts))")
        }
    }

    private func checkComputed(_ computed: [ComputedActual], report: Report) {
        for actual in computed where actual.indicator == linkedIndicator && (actual.rowBasis == nil || actual.rowBasis == basis) {
            if actual.unit != unit {
                report(.computedUnitMismatch, .row, nil,
                       "the computed \(actual.indicator) at \(actual.date) is a \(actual.unit.displayName), "
                           + "but the row is a \(unit.displayName); it is not used")
                continue
            }
            guard let exact = actual.rounded(toDecimals: decimals) else { continue }
            for (index, point) in points.enumerated()
            where point.kind == .actual && point.date.falls(on: actual.date) {
                guard let typed = point.value, typed.rounded(toDecimals: decimals) != exact else { continue }
                report(.disagreesWithComputed, .point(index), point,
                       "typed in as \(unit.format(typed.rounded(toDecimals: decimals))), "
                           + "but computed as \(unit.format(exact)) from \(actual.indicator)")
            }
        }
    }
}
