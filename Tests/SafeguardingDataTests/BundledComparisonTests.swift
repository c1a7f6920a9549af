import Testing
import SafeguardingMetrics
import SafeguardingData

/// The bundled data, read once for all tests.
enum Bundled {
    static let directory = Result { () throws(DataError) in try ReferenceData.localAuthorityDirectory() }
    static let comparer = Result { () throws(DataError) in try ReferenceData.comparer() }
}

@Suite("Comparisons on the bundled DfE data")
struct BundledComparisonTests {
    /// The indicators with a better direction in the bundled file.
    static let judged: [IndicatorID] = [
        "referrals.repeat_within_12_months.percent", "cpp.second_or_subsequent.percent", "cpp.open_2_years_or_more.percent",
        "cla.stability.three_or_more_placements.percent", "cla.stability.long_term.percent",
        "care_leavers.eet.age_17_18.percent", "care_leavers.eet.age_19_21.percent",
        "care_leavers.suitable_accommodation.age_17_18.percent", "care_leavers.suitable_accommodation.age_19_21.percent",
        "assessments.within_45_working_days.percent", "icpc.within_15_working_days.percent", "sdq.average", "sdq.concern.percent",
    ]

    @Test("The directory has the 153 current authorities and the two abolished ones, with either code resolving")
    func directory() throws {
        let directory = try Bundled.directory.get()
        #expect(directory.count == 155)
        #expect(directory.authorities.filter(\.isCurrent).count == 153)
        #expect(Set(directory.authorities.filter { !$0.isCurrent }.map(\.name)) == ["Cumbria", "Northamptonshire"])
        let blackpool = try #require(directory["890"])
        #expect(blackpool.code == "E06000009" && blackpool.name == "Blackpool" && blackpool.regionName == "North West"
                && blackpool.regionCode == "E12000002")
        #expect(directory["E10000023"]?.code == "E06000065")   // North Yorkshire before 2023
        #expect(directory["E06000065"]?.formerCodes == ["E10000023"])
    }

    @Test("Every bundled file reads with every row accepted and no problem")
    func cleanReads() throws {
        let directory = try Bundled.directory.get()
        let neighbours = try StatisticalNeighbourSet.read(path: ReferenceData.statisticalNeighbours2025, version: "2025",
                                                          directory: directory).report
        let published = try IndicatorTable.read(path: ReferenceData.publishedIndicators2024And2025,
                                                columns: PublishedColumn.dfeChildrensSocialCare, directory: directory).report
        let population = try PopulationTable.read(path: ReferenceData.onsPopulation, directory: directory).report
        let onsDirectory = try LocalAuthorityDirectory.read(onsPopulationFile: ReferenceData.onsPopulation).report
        for (report, rows) in [(neighbours, 1_530), (published, 334), (population, 821), (onsDirectory, 821)] {
            #expect(report.rowsRead == rows && report.rowsAccepted == rows && report.problems.isEmpty,
                    "\(report.path): \(report.problems.prefix(3))")
        }
    }

    @Test("Every one of the 153 authorities has 10 neighbours ranked 1 to 10 with a band, and the relation is not symmetric")
    func tenNeighbours() throws {
        let comparer = try Bundled.comparer.get()
        let set = comparer.neighbours
        #expect(set.version == "2025" && set.licence == "Open Government Licence v3.0")
        #expect(set.source.contains("sn_model_2025_wide.csv"))
        #expect(set.authorityCodes.count == 153)
        var asymmetric = 0
        for code in set.authorityCodes {
            let list = set.neighbours(of: code)
            #expect(list.map(\.rank) == Array(1...10), "\(code)")
            #expect(list.allSatisfy { $0.closeness != nil && $0.code != code })
            asymmetric += list.filter { !set.neighbours(of: $0.code).contains { $0.code == code } }.count
        }
        #expect(asymmetric == 592)
        #expect(comparer.unresolvedNeighbourCodes.isEmpty)
    }

    /// Blackpool (E06000009), children looked after per 10,000 at 31 March 2025: 184 (531 / 28,923).
    /// Its neighbours' published rates, by rank:
    ///   1 Hartlepool 157, 2 Middlesbrough 138, 3 Sunderland 90, 4 Liverpool 145, 5 South Tyneside 97,
    ///   6 Redcar and Cleveland 144, 7 Rochdale 102, 8 Torbay 114, 9 Salford 88, 10 Stoke-on-Trent 170.
    /// Mean: 1,245 / 10 = 124.5 (LAIT shows 125).
    /// Median: sorted 88 90 97 102 114 | 138 144 145 157 170, so (114 + 138) / 2 = 126.
    /// Pooled: 5,945 children / 478,331 children aged 0-17 × 10,000 = 124.29 (124).
    @Test("Blackpool's children-looked-after rate against its neighbours: mean 124.5, median 126, pooled 124.3")
    func blackpool() throws {
        let comparer = try Bundled.comparer.get()
        let mean = try comparer.compare("E06000009", indicator: "cla.rate", year: 2025)
        #expect(mean.value == IndicatorValue(published: .number(FixedDecimal(184)), numerator: 531, denominator: 28_923))
        #expect(mean.neighbours.map(\.authority.name) == ["Hartlepool", "Middlesbrough", "Sunderland", "Liverpool",
                                                           "South Tyneside", "Redcar and Cleveland", "Rochdale", "Torbay",
                                                           "Salford", "Stoke-on-Trent"])
        #expect(mean.neighbours.compactMap { $0.value?.number?.units } == [157, 138, 90, 145, 97, 144, 102, 114, 88, 170])
        #expect(mean.neighbours.map(\.closeness) == [.veryClose, .veryClose, .veryClose, .veryClose] + Array(repeating: .close, count: 6))
        #expect(mean.comparator.value == Rational(249, 2) && mean.comparator.neighboursWithValue == 10)
        #expect(mean.comparator.rounded(toDecimals: 0) == FixedDecimal(125))
        let median = try comparer.compare("890", indicator: "cla.rate", year: 2025, statistic: .median)
        #expect(median.comparator.statistic == .median && median.comparator.value == Rational(126))
        let pooled = try comparer.compare("Blackpool", indicator: "cla.rate", year: 2025, statistic: .pooled)
        #expect(pooled.comparator.value == Rational(59_450_000, 478_331))
        // A rate has no polarity: higher, unranked, no band; the region and England are published.
        #expect(mean.versusNeighbours == .higher && mean.rank == nil && mean.quartileBand == nil && mean.rankOf == 151)
        #expect(mean.region?.name == "North West" && mean.region?.value == Rational(90) && mean.region?.source == .published)
        #expect(mean.england.value == Rational(67) && mean.england.source == .published)
        #expect(mean.significance == .higher)
    }

    /// Essex, care leavers aged 17-18 in education, employment or training, 2025: 66% (175 / 265).
    /// Neighbours: Kent 51, West Sussex 75, Gloucestershire 73, North Somerset 75, Suffolk 69,
    /// Hampshire 20, Warwickshire 58, Somerset 69, Bexley 66, Wiltshire 73.
    /// Mean 629 / 10 = 62.9 (63): Essex is better. Median (69 + 69) / 2 = 69: Essex is worse.
    /// Pooled 961 / 1,787 = 53.8%: Essex is better by 12 points.
    @Test("Essex's care leavers in education or work: better than the mean, worse than the median")
    func essexDisagreement() throws {
        let comparer = try Bundled.comparer.get()
        let indicator: IndicatorID = "care_leavers.eet.age_17_18.percent"
        let mean = try comparer.compare("E10000012", indicator: indicator, year: 2025)
        let median = try comparer.compare("E10000012", indicator: indicator, year: 2025, statistic: .median)
        let pooled = try comparer.compare("E10000012", indicator: indicator, year: 2025, statistic: .pooled)
        #expect(mean.comparator.value == Rational(629, 10) && mean.versusNeighbours == .better)
        #expect(median.comparator.value == Rational(69) && median.versusNeighbours == .worse)
        #expect(pooled.comparator.value == Rational(96_100, 1_787) && pooled.versusNeighbours == .better)
        // Ranked 69th of 151 (higher is better); quartiles 60.5, 65, 72 put 66 in the third quarter by value: band B.
        #expect(mean.rank == 69 && mean.rankOf == 151 && mean.quartileBand == .b)
        #expect(mean.region?.name == "East of England" && mean.region?.value == Rational(69))
        #expect(mean.england.value == Rational(64) && mean.significance == .similar)
        // 175 of 265: Wilson 95% interval 60.14% to 71.47%, which contains England's 64%.
        let interval = try #require(mean.interval)
        #expect(abs(interval.lower - 60.142921) < 1e-5 && abs(interval.upper - 71.474226) < 1e-5)
    }

    /// Over the 13 judged indicators in 2025, 1,894 authority-indicator pairs have a value and a
    /// neighbour comparator. Judged at published precision, LAIT's mean and the dashboard's median
    /// give a different outcome for 206 of them, and opposite ones (better against one, worse
    /// against the other) for 87. Counted independently with Python's `statistics.median`.
    @Test("Mean and median disagree for 206 of 1,894 judgements in 2025, and point opposite ways for 87")
    func meanAndMedianDisagree() throws {
        let comparer = try Bundled.comparer.get()
        var judged = 0, different = 0, opposite = 0
        for id in Self.judged {
            let means = try comparer.compareAll(indicator: id, year: 2025, statistic: .mean).comparisons
            let medians = try comparer.compareAll(indicator: id, year: 2025, statistic: .median).comparisons
            for (mean, median) in zip(means, medians) {
                guard let a = mean.versusNeighbours, let b = median.versusNeighbours else { continue }
                judged += 1
                if a != b { different += 1 }
                if Set([a, b]) == [.better, .worse] { opposite += 1 }
            }
        }
        #expect(judged == 1_894 && different == 206 && opposite == 87)
    }

    @Test("Rank 1 is the best published value by polarity, in every judged indicator and year")
    func rankOneIsBest() throws {
        let comparer = try Bundled.comparer.get()
        for year in [2024, 2025] {
            for id in Self.judged {
                let column = try comparer.compareAll(indicator: id, year: year)
                let values = column.comparisons.compactMap { $0.value?.number }
                let best = try #require(column.indicator.polarity == .lower ? values.min() : values.max())
                let first = column.comparisons.filter { $0.rank == 1 }
                #expect(!first.isEmpty && first.allSatisfy { $0.value?.number == best }, "\(id) \(year)")
                #expect(column.comparisons.filter { $0.value?.number == best }.allSatisfy { $0.rank == 1 })
                #expect(column.rankedAuthorities == values.count)
                #expect(column.comparisons.compactMap(\.rank).max()! <= values.count)
            }
        }
    }

    @Test("Quartile bands hold about a quarter of authorities each, as type 7 cut points guarantee")
    func bandsHoldAQuarter() throws {
        let comparer = try Bundled.comparer.get()
        for year in [2024, 2025] {
            for id in Self.judged {
                let column = try comparer.compareAll(indicator: id, year: year)
                let quartiles = try #require(column.quartiles)
                let values = column.comparisons.compactMap { $0.value?.number }.map(Rational.init)
                let n = values.count
                // At least ⌊(n − 1)k/4⌋ + 1 values are ≤ Qk, and at most ⌈(n − 1)k/4⌉ are < Qk.
                for (k, cut) in [quartiles.lowerQuartile, quartiles.median, quartiles.upperQuartile].enumerated().map({ ($0.offset + 1, $0.element) }) {
                    let position = (n - 1) * k
                    #expect(values.filter { $0 <= cut }.count >= position / 4 + 1, "\(id) \(year) Q\(k)")
                    #expect(values.filter { $0 < cut }.count <= (position + 3) / 4, "\(id) \(year) Q\(k)")
                }
                var counts: [QuartileBand: Int] = [:]
                for row in column.comparisons { if let band = row.quartileBand { counts[band, default: 0] += 1 } }
                #expect(counts.values.reduce(0, +) == n)
                for band in QuartileBand.allCases {
                    let share = Double(counts[band, default: 0]) / Double(n)
                    #expect(share > 0.15 && share < 0.36, "\(id) \(year) band \(band): \(share)")
                }
            }
        }
    }

    /// NumPy `quantile(values, [0, .25, .5, .75, 1], method="linear")` over the 2025 published values,
    /// and the counts per quarter by value that LAIT's rule gives.
    @Test("Cut points and band sizes match NumPy for two indicators in 2025", arguments: [
        (IndicatorID("assessments.within_45_working_days.percent"), ["53.6", "78.55", "85.35", "91.4", "99.9"], [38, 38, 38, 38]),
        (IndicatorID("referrals.repeat_within_12_months.percent"), ["0", "16.9", "20", "23", "46.7"], [39, 38, 38, 38]),
    ])
    func cutPointsMatchNumPy(id: IndicatorID, cuts: [String], quarters: [Int]) throws {
        let column = try Bundled.comparer.get().compareAll(indicator: id, year: 2025)
        let q = try #require(column.quartiles)
        #expect([q.minimum, q.lowerQuartile, q.median, q.upperQuartile, q.maximum] == cuts.map { Rational(FixedDecimal($0)!) })
        let byValue = column.comparisons.compactMap { $0.value?.number }.map { q.quartile(of: $0) }
        #expect((1...4).map { k in byValue.filter { $0 == k }.count } == quarters)
    }

    @Test("The ONS population paired by the DfE rule reproduces the population of every published rate (306 rows)")
    func populationPairing() throws {
        let directory = try Bundled.directory.get()
        let populations = try ReferenceData.populationEstimates(directory: directory)
        let table = try CSVTable(path: ReferenceData.publishedIndicators2024And2025)
        let columns = ["geographic_level", "new_la_code", "time_period", "pop_0_17_prev_mid_year"].map { table.columnIndex($0)! }
        var checked = 0
        for row in table.rows where row[columns[0]] == "Local authority" {
            guard let published = Int64(row[columns[3]]) else { continue }
            let figure = try populations.population(for: .localAuthority(row[columns[1]]), collectionYear: Int(row[columns[2]])!)
            #expect(figure.population == published && figure.isRequestedMidYear, "line \(row.line)")
            #expect(figure.vintage == ReferenceData.onsPopulationVintage)
            checked += 1
        }
        #expect(checked == 306)
        #expect(try populations.population(for: .england, collectionYear: 2025).population == 12_183_016)
        #expect(try populations.population(for: .region("north west"), collectionYear: 2025).population == 1_627_558)
        #expect(try populations.population(for: .localAuthority("890"), collectionYear: 2025).population == 28_923)
    }

    @Test("LAIT values written with floating-point noise are read as the published figures (41 cells of cin.rate)")
    func laitNoise() throws {
        let comparer = try Bundled.comparer.get()
        let table = try CSVTable(path: ReferenceData.publishedIndicators2024And2025)
        let columns = ["new_la_code", "time_period", "lait_cin_rate_per_10000"].map { table.columnIndex($0)! }
        var noisy = 0
        for row in table.rows {
            let text = row[columns[2]]
            guard let point = text.firstIndex(of: "."), text[point...].count > 2 else { continue }
            let value = try #require(comparer.table.value(for: .localAuthority(row[columns[0]]), indicator: "cin.rate",
                                                           year: Int(row[columns[1]])!))
            let number = try #require(value.number)
            #expect(number.decimals == 1 && abs(number.doubleValue - Double(text)!) < 1e-9, "\(text) read as \(number)")
            // And it is the rate the counts give, rounded half up.
            let counts = try #require(value.counts)
            #expect(RatePer10k(counts.numerator, of: counts.denominator).rounded(toDecimals: 1) == number)
            noisy += 1
        }
        #expect(noisy == 41)
    }

    @Test("England and regions without a published LAIT figure are pooled from the authorities' counts")
    func pooledEngland() throws {
        let comparer = try Bundled.comparer.get()
        let hartlepool = try comparer.compare("E06000001", indicator: "cin.rate", year: 2025)
        #expect(hartlepool.england.source == .pooledFromAuthorities && hartlepool.england.pooledAuthorities == 153)
        #expect(hartlepool.region?.source == .pooledFromAuthorities && hartlepool.region?.pooledAuthorities == 12)
        let noCounts = try comparer.compare("E06000001", indicator: "s47.rate", year: 2025)
        #expect(noCounts.england.source == .unavailable && noCounts.england.value == nil && noCounts.significance == nil)
    }

    @Test("A council's own computed figure replaces its published one for the comparison")
    func computedValue() throws {
        let comparer = try Bundled.comparer.get()
        var table = comparer.table
        try table.setValue(IndicatorValue(RatePer10k(600, of: 28_923), decimals: 0), for: .localAuthority("890"),
                           indicator: "cla.rate", year: 2025)
        let updated = try NeighbourComparer(table: table, neighbours: comparer.neighbours).compare("890", indicator: "cla.rate", year: 2025)
        #expect(updated.value?.number == FixedDecimal(207))
        #expect(updated.comparator.value == Rational(249, 2))
    }

    @Test("A national table covers every catalogued indicator published for 2025, for every authority")
    func nationalTable() throws {
        let comparer = try Bundled.comparer.get()
        let columns = try comparer.nationalTable(year: 2025, statistic: .median, significance: .twoLevels)
        #expect(columns.count == 20)
        #expect(columns.allSatisfy { $0.statistic == .median && $0.comparisons.count == 153 })
        #expect(Set(columns.map(\.indicator.id)) == Set(PublishedColumn.dfeChildrensSocialCare.map(\.indicator)))
    }
}
