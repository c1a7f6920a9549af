extension NeighbourComparer {
    /// What every authority's comparison for one indicator and year shares: the sorted values
    /// (ranks, quartiles), England, and each region. Computed once per indicator and year.
    struct SeriesContext {
        let indicator: Indicator
        let series: IndicatorSeries
        let statistic: ComparatorStatistic
        let significance: SignificanceScheme
        let ranking: Ranking?
        let quartiles: Quartiles?
        let rankedCount: Int
        let england: ReferenceValue
        let regions: [String: ReferenceValue]

        init(indicator: Indicator, series: IndicatorSeries, statistic: ComparatorStatistic,
             significance: SignificanceScheme, regionMembers: [String: [Int]], directory: LocalAuthorityDirectory) {
            self.indicator = indicator
            self.series = series
            self.statistic = statistic
            self.significance = significance
            let numbers = series.authorities.compactMap { $0?.number }
            let sorted = numbers.map(Rational.init).sorted()
            ranking = Ranking(numbers, polarity: indicator.polarity)
            quartiles = Quartiles(sorted: sorted)
            rankedCount = numbers.count
            england = ReferenceValue(area: .england, name: "England", published: series.england,
                                     authorities: series.authorities, unit: indicator.unit)
            var regions: [String: ReferenceValue] = [:]
            for (key, members) in regionMembers {
                let name = members.first.map { directory.authorities[$0].regionName } ?? key
                regions[key] = ReferenceValue(area: .region(name), name: name, published: series.region(named: key),
                                              authorities: members.map { series.authorities[$0] }, unit: indicator.unit)
            }
            self.regions = regions
        }

        /// The comparison of the authority at `index`.
        func comparison(forAuthorityAt index: Int, in comparer: NeighbourComparer) -> NeighbourComparison {
            let directory = comparer.directory
            let authority = directory.authorities[index]
            let value = series.authorities[index]
            let neighbours = comparer.resolvedNeighbours[index].map { neighbour in
                NeighbourValue(authority: directory.authorities[neighbour.index], rank: neighbour.rank,
                               closeness: neighbour.closeness, value: series.authorities[neighbour.index])
            }
            let comparator = NeighbourComparator(statistic, of: neighbours.map(\.value), unit: indicator.unit)
            let number = value?.number
            var versus: ComparisonOutcome?
            if let number, let rounded = comparator.rounded(toDecimals: indicator.decimals) {
                versus = ComparisonOutcome(number, against: rounded, polarity: indicator.polarity)
            }
            let region = regions[authority.regionName.lowercased()]
            var interval: ConfidenceInterval?
            var significanceResult: SignificanceComparison?
            if let counts = value?.counts {
                interval = SignificanceComparison.interval(numerator: counts.numerator, denominator: counts.denominator,
                                                           unit: indicator.unit)
                if let englandValue = england.value {
                    significanceResult = SignificanceComparison.compare(
                        numerator: counts.numerator, denominator: counts.denominator, unit: indicator.unit,
                        with: englandValue.doubleValue, polarity: indicator.polarity, scheme: significance)
                }
            }
            return NeighbourComparison(
                authority: authority, indicator: indicator.id, year: series.year, polarity: indicator.polarity,
                decimals: indicator.decimals, value: value, neighbourSetVersion: comparer.neighbours.version,
                neighbours: neighbours, comparator: comparator, versusNeighbours: versus, region: region,
                england: england, rank: number.flatMap { ranking?.rank(of: $0) }, rankOf: rankedCount,
                quartileBand: number.flatMap { quartiles?.band(of: $0, polarity: indicator.polarity) },
                interval: interval, significance: significanceResult)
        }
    }
}
