extension MeasureUnit {
    /// What a pooled numerator / denominator is multiplied by to give a value in this unit:
    /// 10,000 for a rate per 10,000, 100 for a percentage, 1 for an average score; `nil` for
    /// counts and days, which do not pool into a ratio.
    ///
    /// ```swift
    /// MeasureUnit.percentage.poolingMultiplier   // 100
    /// MeasureUnit.count.poolingMultiplier        // nil
    /// ```
    public var poolingMultiplier: Int64? {
        switch self {
        case .ratePer10k: PerTenThousand.multiplier
        case .ratePer100k: PerHundredThousand.multiplier
        case .percentage: PerHundred.multiplier
        case .averageScore: 1
        case .count, .days: nil
        }
    }
}
