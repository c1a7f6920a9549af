import SafeguardingMetrics

extension FrameworkActuals {
    /// `framework` with the computed actuals written in, ready to be saved for the next quarter:
    /// each linked row's actual at a computed date holds the computed value, rounded half up at
    /// the row's decimals, with its numerator and denominator (for a percentage or rate, whose
    /// counts are a part and its whole; a mean's are left blank); a computed date the row has no
    /// actual for gets a new actual point, and every other row a blank one at that date, so the
    /// framework keeps one column per point, as a file has. Targets, baselines and rows without
    /// computed actuals keep their values; an undefined computed value (a zero denominator)
    /// leaves the typed-in actual.
    ///
    /// ```swift
    /// let filled = actuals.filledIn(framework)
    /// try FrameworkCSV.write(filled, to: "framework_2024_04.csv")
    /// ```
    public func filledIn(_ framework: OutcomesFramework) -> OutcomesFramework {
        var filled = framework
        var added: [FrameworkDate] = []
        let byIndicator = Dictionary(grouping: actuals, by: \.indicator)
        for index in filled.indicators.indices {
            var row = filled.indicators[index]
            // A framework's counts are a part and its whole: a mean's sum of scores is not one.
            let keepsCounts = [.percentage, .ratePer10k, .ratePer100k].contains(row.unit)
            let computedActuals = (byIndicator[row.linkedIndicator] ?? []).sorted { $0.date.effectiveDay < $1.date.effectiveDay }
            for computed in computedActuals where computed.unit == row.unit {
                guard let exact = computed.value else { continue }
                let entry = FrameworkEntry.value(exact.rounded(toDecimals: row.decimals))
                let numerator = keepsCounts ? computed.numerator : nil
                let denominator = keepsCounts ? computed.denominator : nil
                let day = computed.date.effectiveDay
                if let at = row.points.firstIndex(where: { $0.kind == .actual && $0.date.effectiveDay == day }) {
                    row.points[at].entry = entry
                    row.points[at].numerator = numerator
                    row.points[at].denominator = denominator
                } else {
                    row.points.append(FrameworkPoint(.actual, computed.date, entry, numerator: numerator,
                                                     denominator: denominator))
                    if !added.contains(where: { $0.effectiveDay == day }) { added.append(computed.date) }
                }
            }
            filled.indicators[index] = row
        }
        for date in added {
            for index in filled.indicators.indices where !filled.indicators[index].points.contains(where: {
                $0.kind == .actual && $0.date.effectiveDay == date.effectiveDay
            }) {
                filled.indicators[index].points.append(FrameworkPoint(.actual, date, .blank))
            }
        }
        return filled
    }
}
