import SafeguardingMetrics

/// Seeded random frameworks for round-trip tests: every kind of cell, month and day dates,
/// counts, comparators and links.
enum RandomFramework {
    static let texts = ["Help", "Children, young people and families", "Say \"hello\"", "Stable homes", "Ümlaut & co"]
    static let unreadable = ["n/a", "about 5", "≈3", "see note"]

    static func date(using random: inout SeededGenerator) -> FrameworkDate {
        let year = Int.random(in: 2021...2026, using: &random)
        let month = Int.random(in: 1...12, using: &random)
        if Bool.random(using: &random) { return .month(YearMonth(year: year, month: month)!) }
        return .day(Day(year: year, month: month, day: Int.random(in: 1...28, using: &random))!)
    }

    static func entry(using random: inout SeededGenerator) -> FrameworkEntry {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: .blank
        case 1: .toBeConfirmed
        case 2: .unreadable(unreadable.randomElement(using: &random)!)
        default: .value(FixedDecimal(units: Int64.random(in: 0...99_999, using: &random), decimals: Int.random(in: 0...3, using: &random)))
        }
    }

    static func counts(using random: inout SeededGenerator) -> (Int64?, Int64?) {
        guard Int.random(in: 0..<3, using: &random) == 0 else { return (nil, nil) }
        return (Int64.random(in: 0...500, using: &random), Int64.random(in: 0...5_000, using: &random))
    }

    /// The (kind, date) pairs of a row: unique days per kind.
    static func template(using random: inout SeededGenerator) -> [(FrameworkPointKind, FrameworkDate)] {
        var used: Set<[Int32]> = []
        var result: [(FrameworkPointKind, FrameworkDate)] = []
        for _ in 0..<Int.random(in: 0...7, using: &random) {
            let kind = FrameworkPointKind.allCases.randomElement(using: &random)!
            let date = date(using: &random)
            let kindIndex = Int32(FrameworkPointKind.allCases.firstIndex(of: kind)!)
            if used.insert([kindIndex, date.effectiveDay.dayNumber]).inserted { result.append((kind, date)) }
        }
        return result
    }

    /// A framework of 1 to 8 rows; with `rectangular`, every row has points at the same kinds and
    /// dates (as rows read from CSV do).
    static func make(using random: inout SeededGenerator, rectangular: Bool) -> OutcomesFramework {
        let shared = template(using: &random)
        let rows = (0..<Int.random(in: 1...8, using: &random)).map { index in
            let points = (rectangular ? shared : template(using: &random)).map { kind, date in
                let (numerator, denominator) = counts(using: &random)
                return FrameworkPoint(kind, date, entry(using: &random), numerator: numerator, denominator: denominator)
            }
            return FrameworkIndicator(
                id: FrameworkRowID("R\(index)"), outcome: texts.randomElement(using: &random)!,
                title: texts.randomElement(using: &random)! + " \(index)",
                unit: MeasureUnit.allCases.randomElement(using: &random)!,
                polarity: Polarity.allCases.randomElement(using: &random)!,
                decimals: Int.random(in: 0...6, using: &random),
                comparator: Bool.random(using: &random) ? FrameworkComparator.allCases.randomElement(using: &random) : nil,
                computedID: Bool.random(using: &random) ? IndicatorID("computed.\(index).rate") : nil,
                points: points)
        }
        return OutcomesFramework(name: "Random \(Int.random(in: 0...999, using: &random))", version: "v\(Int.random(in: 1...9, using: &random))",
                                 indicators: rows)
    }
}
