extension NeighbourComparison {
    /// The decimal places at which the statistics computed here are shown: one, as LAIT shows the
    /// neighbours' mean, median and pooled value, or the indicator's own precision when that is
    /// finer (INDICATORS.md §6).
    ///
    /// An authority's own value, and a region's or England's published value, keep the
    /// indicator's precision (``decimals``); only what the library computes from several
    /// authorities takes this one. The exact value is always kept beside the display.
    ///
    /// ```swift
    /// let blackpool = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
    /// blackpool.decimals                 // 0: the rate is published in whole numbers
    /// blackpool.statisticDecimals        // 1
    /// blackpool.displayedComparator      // 124.5, where rounding to 0 places would show 125
    /// ```
    public var statisticDecimals: Int { Swift.max(decimals, 1) }

    /// The neighbours' statistic rounded half up to ``statisticDecimals``; `nil` when no
    /// neighbour has a value.
    public var displayedComparator: FixedDecimal? {
        comparator.rounded(toDecimals: statisticDecimals)
    }

    /// A region's or England's value as shown: a published figure at the indicator's precision, a
    /// value pooled here from the authorities' counts at ``statisticDecimals``; `nil` without one.
    public func displayed(_ reference: ReferenceValue?) -> FixedDecimal? {
        guard let reference else { return nil }
        let places = reference.source == .pooledFromAuthorities ? statisticDecimals : decimals
        return reference.value?.rounded(toDecimals: places)
    }
}
