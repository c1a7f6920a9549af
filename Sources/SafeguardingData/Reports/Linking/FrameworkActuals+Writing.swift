import SafeguardingMetrics

extension FrameworkActuals {
    /// `framework` with the computed actuals written in, ready to be saved for the next quarter:
    /// each linked row's actual at a computed date holds the computed value, rounded half up at
    /// the row's decimals, with its numerator and denominator; a computed date the row has no
    /// actual for gets a new actual point. Rows without computed actuals, targets and baselines
    /// are unchanged; an undefined computed value (a zero denominator) leaves the typed-in actual.
    ///
    /// ```swift
    /// let filled = actuals.filledIn(framework)
    /// try FrameworkCSV.write(filled, to: "framework_2024_04.csv")
    /// ```
    public func filledIn(_ framework: OutcomesFramework) -> OutcomesFramework {
        var filled = framework
        let byIndicator = Dictionary(grouping: actuals, by: \.indicator)
        for index in filled.indicators.indices {
            var row = filled.indicators[index]
            for computed in byIndicator[row.linkedIndicator] ?? [] where computed.unit == row.unit {
                guard let exact = computed.value else { continue }
                let entry = FrameworkEntry.value(exact.rounded(toDecimals: row.decimals))
                let day = computed.date.effectiveDay
                if let at = row.points.firstIndex(where: { $0.kind == .actual && $0.date.effectiveDay == day }) {
                    row.points[at].entry = entry
                    row.points[at].numerator = computed.numerator
                    row.points[at].denominator = computed.denominator
                } else {
                    row.points.append(FrameworkPoint(.actual, computed.date, entry, numerator: computed.numerator,
                                                     denominator: computed.denominator))
                }
            }
            filled.indicators[index] = row
        }
        return filled
    }
}
