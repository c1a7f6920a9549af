extension MeasureUnit {
    /// Whether a figure in this unit is a rate per 10,000 or 100,000 children, and so needs the
    /// population of children aged 0-17 as its denominator (INDICATORS.md §1).
    ///
    /// ```swift
    /// MeasureUnit.ratePer10k.needsPopulation   // true
    /// MeasureUnit.percentage.needsPopulation   // false
    /// ```
    @inlinable
    public var needsPopulation: Bool {
        self == .ratePer10k || self == .ratePer100k
    }
}
