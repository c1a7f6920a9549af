extension IndicatorComputation {
    /// Secondary suppression across indicators that share a counter (INDICATORS.md §1): the
    /// counters that make a suppressed figure suppressed (a numerator that is a count, or a
    /// denominator, of 1 to 5) are hidden, so every other figure whose numerator or denominator is
    /// one of those counters is suppressed too, until nothing changes. `results` and `plans` are
    /// parallel (one area's totals, or one breakdown cell across indicators).
    ///
    /// - Complexity: O(n²) in the number of indicators at worst.
    static func suppressSharedCounters(_ results: inout [IndicatorResult], plans: [ResultPlan], policy: SuppressionPolicy) {
        var hiddenSlots = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for index in results.indices where results[index].state == .suppressed {
                for slot in smallSlots(results[index], plan: plans[index], policy: policy) where hiddenSlots.insert(slot).inserted {
                    changed = true
                }
            }
            for index in results.indices where results[index].state.hasValue {
                let plan = plans[index]
                let numeratorShared = hiddenSlots.contains(plan.numeratorSlot)
                let denominatorShared = plan.denominatorSlot.map { $0 >= 0 && hiddenSlots.contains($0) } ?? false
                guard numeratorShared || denominatorShared else { continue }
                results[index].state = .suppressed
                results[index].display = nil
                changed = true
            }
        }
    }

    /// The counters of a figure that are 1 to 5: its numerator when it is a count (not an
    /// average's sum of scores), and its denominator when it is a counter.
    static func smallSlots(_ result: IndicatorResult, plan: ResultPlan, policy: SuppressionPolicy) -> [Int] {
        var slots: [Int] = []
        if !result.indicator.unit.isAverage, policy.suppresses(count: result.numerator) { slots.append(plan.numeratorSlot) }
        if let slot = plan.denominatorSlot, slot >= 0, result.indicator.unit != .count, policy.suppresses(count: result.denominator) {
            slots.append(slot)
        }
        return slots
    }

    /// Which cells of one indicator's breakdown are hidden: the cells whose figure the primary rule
    /// suppresses (a count, a numerator or a denominator of 1 to 5), and the secondary rule on the
    /// cells' counts and, for a rate or percentage, on their denominators (which also sum to the
    /// total's); when exactly one cell is hidden, the smallest other non-zero cell is hidden too,
    /// so no hidden cell can be recovered from the total and the cells shown.
    static func hiddenCells(_ figures: [IndicatorResult], counts: [Int64], unit: MeasureUnit,
                            policy: SuppressionPolicy) -> [Bool] {
        var hidden = policy.suppressedCategories(counts)
        if unit != .count && !unit.isAverage {
            let byDenominator = policy.suppressedCategories(figures.map(\.denominator))
            for index in hidden.indices where byDenominator[index] { hidden[index] = true }
        }
        for index in hidden.indices where figures[index].state == .suppressed { hidden[index] = true }
        if hidden.lazy.filter({ $0 }).count == 1 {
            var smallest: Int?
            for index in counts.indices where !hidden[index] && (counts[index] > 0 || figures[index].denominator > 0) {
                if smallest.map({ counts[index] < counts[$0] }) ?? true { smallest = index }
            }
            if let smallest { hidden[smallest] = true }
        }
        return hidden
    }
}
