import Testing
import SafeguardingMetrics

/// Six made-up authorities in two regions, small enough to check every figure by hand.
enum SmallWorld {
    static let directory = LocalAuthorityDirectory([
        LocalAuthority(code: "E06000001", number: "101", name: "Alpha", regionCode: "E12000001", regionName: "North"),
        LocalAuthority(code: "E06000002", number: "102", name: "Beta", regionCode: "E12000001", regionName: "North"),
        LocalAuthority(code: "E06000003", number: "103", name: "Gamma", regionCode: "E12000001", regionName: "North"),
        LocalAuthority(code: "E06000004", number: "104", name: "Delta", regionCode: "E12000002", regionName: "South",
                       formerCodes: ["E10000004"]),
        LocalAuthority(code: "E06000005", number: "105", name: "Epsilon", regionCode: "E12000002", regionName: "South"),
        LocalAuthority(code: "E06000006", number: "106", name: "Zeta", regionCode: "E12000002", regionName: "South"),
    ])

    static func list(_ codes: [String], _ closeness: NeighbourCloseness = .close) -> [StatisticalNeighbour] {
        codes.enumerated().map { StatisticalNeighbour(code: $0.element, rank: $0.offset + 1, closeness: closeness) }
    }

    /// Alpha's neighbours include Zeta, which has no data, and an authority the directory does not know.
    static let neighbours = StatisticalNeighbourSet(version: "test", source: "hand-made", licence: nil, lists: [
        "E06000001": list(["E06000002", "E06000003", "E06000004", "E06000006", "E06999999"]),
        "E06000002": list(["E06000001", "E06000003"]),
        "E06000003": list(["E06000002", "E06000001"]),
        "104": list(["E06000005", "E06000001"]),
        "E06000005": list(["E06000004", "E06000002"]),
    ])

    /// Percentages, lower is better (re-referrals), 2025:
    /// Alpha 20.0 (40/200), Beta 25.0 (50/200), Gamma 10.0 (10/100), Delta c (counts hidden),
    /// Epsilon 30.0 (90/300), Zeta no row. North published 18.0; South and England not published.
    static let indicator: IndicatorID = "referrals.repeat_within_12_months.percent"

    static var table: IndicatorTable {
        var table = IndicatorTable(directory: directory)
        func set(_ code: String, _ units: Int64?, _ numerator: Int64?, _ denominator: Int64?) {
            let published: PublishedValue = units.map { .number(FixedDecimal(units: $0, decimals: 1)) } ?? .symbol(.confidential)
            try! table.setValue(IndicatorValue(published: published, numerator: numerator, denominator: denominator),
                                for: .localAuthority(code), indicator: indicator, year: 2025)
        }
        set("E06000001", 200, 40, 200)
        set("102", 250, 50, 200)
        set("Gamma", 100, 10, 100)
        set("E10000004", nil, nil, nil)
        set("E06000005", 300, 90, 300)
        try! table.setValue(IndicatorValue(published: .number(FixedDecimal(18))), for: .region("north"),
                            indicator: indicator, year: 2025)
        return table
    }

    static var comparer: NeighbourComparer { NeighbourComparer(table: table, neighbours: neighbours) }
}

@Suite("Comparisons with neighbours, region and England")
struct NeighbourComparerTests {
    @Test("Codes resolve in either form, by former code or by name, with surrounding blanks")
    func directoryLookup() {
        let directory = SmallWorld.directory
        #expect(directory.index(of: "E06000004") == 3)
        #expect(directory.index(of: "e06000004") == 3)
        #expect(directory.index(of: " 104 ") == 3)
        #expect(directory.index(of: "E10000004") == 3)
        #expect(directory.index(of: "delta") == 3)
        #expect(directory.index(of: "E09999999") == nil)
        #expect(directory.indices(inRegion: "SOUTH") == [3, 4, 5])
        #expect(directory.regionNames == ["North", "South"])
    }

    @Test("Alpha against its neighbours: suppressed, missing and unknown neighbours are left out of the mean")
    func alphaMean() throws {
        let alpha = try SmallWorld.comparer.compare("101", indicator: SmallWorld.indicator, year: 2025)
        #expect(alpha.authority.code == "E06000001")
        #expect(alpha.neighbours.map(\.authority.name) == ["Beta", "Gamma", "Delta", "Zeta"])
        #expect(alpha.neighbours.map(\.rank) == [1, 2, 3, 4])
        #expect(alpha.neighbours[2].value?.published == .symbol(.confidential))
        #expect(alpha.neighbours[3].value == nil)
        // Mean of Beta 25.0 and Gamma 10.0 = 17.5; Delta (c) and Zeta (no row) are left out.
        #expect(alpha.comparator.statistic == .mean)
        #expect(alpha.comparator.value == Rational(35, 2))
        #expect(alpha.comparator.neighboursWithValue == 2 && alpha.comparator.neighbourCount == 4)
        // 20.0 against 17.5, lower is better.
        #expect(alpha.versusNeighbours == .worse)
        #expect(alpha.neighbourSetVersion == "test")
    }

    @Test("The pooled comparator uses the neighbours' counts: (50 + 10) / (200 + 100) = 20.0%, level with Alpha")
    func alphaPooled() throws {
        let alpha = try SmallWorld.comparer.compare("Alpha", indicator: SmallWorld.indicator, year: 2025, statistic: .pooled)
        #expect(alpha.comparator.value == Rational(20))
        #expect(alpha.comparator.neighboursWithValue == 2)
        #expect(alpha.versusNeighbours == .same)
    }

    @Test("Ranks over the four authorities with numbers: Gamma 1, Alpha 2, Beta 3, Epsilon 4; Delta none")
    func ranks() throws {
        let column = try SmallWorld.comparer.compareAll(indicator: SmallWorld.indicator, year: 2025)
        let ranks = Dictionary(uniqueKeysWithValues: column.comparisons.map { ($0.authority.name, $0.rank) })
        #expect(ranks == ["Alpha": 2, "Beta": 3, "Gamma": 1, "Delta": nil, "Epsilon": 4])
        #expect(column.rankedAuthorities == 4 && column.comparisons.allSatisfy { $0.rankOf == 4 })
    }

    @Test("Quartiles of 10, 20, 25, 30 are 17.5, 22.5, 26.25, and bands follow (lower is better)")
    func bands() throws {
        let column = try SmallWorld.comparer.compareAll(indicator: SmallWorld.indicator, year: 2025)
        let quartiles = try #require(column.quartiles)
        #expect(quartiles.lowerQuartile == Rational(35, 2))
        #expect(quartiles.median == Rational(45, 2))
        #expect(quartiles.upperQuartile == Rational(105, 4))
        let bands = Dictionary(uniqueKeysWithValues: column.comparisons.map { ($0.authority.name, $0.quartileBand) })
        #expect(bands == ["Gamma": .a, "Alpha": .b, "Beta": .c, "Epsilon": .d, "Delta": nil])
    }

    @Test("Every authority with a list or a number gets a row; Zeta has neither")
    func rows() throws {
        let column = try SmallWorld.comparer.compareAll(indicator: SmallWorld.indicator, year: 2025)
        #expect(column.comparisons.map(\.authority.name) == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"])
        #expect(SmallWorld.comparer.unresolvedNeighbourCodes == ["E06999999"])
        // The set keeps codes as the list gave them ("104"); a directory finds them by any code.
        #expect(SmallWorld.neighbours.neighbours(of: "E06000004").isEmpty)
        #expect(SmallWorld.neighbours.neighbours(of: "E06000004", in: SmallWorld.directory).map(\.code) == ["E06000005", "E06000001"])
        #expect(SmallWorld.neighbours.neighbours(of: "Alpha", in: SmallWorld.directory).count == 5)
        // Every row computed at once equals the row computed alone.
        for row in column.comparisons {
            #expect(row == (try SmallWorld.comparer.compare(row.authority.code, indicator: SmallWorld.indicator, year: 2025)))
        }
    }

    @Test("A published region is used as published; without one the region is pooled from its authorities")
    func regions() throws {
        let alpha = try SmallWorld.comparer.compare("E06000001", indicator: SmallWorld.indicator, year: 2025)
        let north = try #require(alpha.region)
        #expect(north.name == "North" && north.source == .published && north.value == Rational(18))
        let epsilon = try SmallWorld.comparer.compare("E06000005", indicator: SmallWorld.indicator, year: 2025)
        let south = try #require(epsilon.region)
        // South: Delta's counts are hidden, Zeta has no row, so only Epsilon's 90/300 = 30%.
        #expect(south.source == .pooledFromAuthorities && south.value == Rational(30) && south.pooledAuthorities == 1)
    }

    @Test("Without a published England figure, England is pooled: (40 + 50 + 10 + 90) / 800 = 23.75%")
    func englandPooled() throws {
        let alpha = try SmallWorld.comparer.compare("E06000001", indicator: SmallWorld.indicator, year: 2025)
        #expect(alpha.england.source == .pooledFromAuthorities)
        #expect(alpha.england.value == Rational(95, 4) && alpha.england.pooledAuthorities == 4)
        // Alpha 40/200: Wilson 95% interval 15.05% to 26.09% contains 23.75.
        let interval = try #require(alpha.interval)
        #expect(abs(interval.lower - 15.0452) < 1e-4 && abs(interval.upper - 26.0855) < 1e-4 && interval.method == .wilson)
        #expect(alpha.significance == .similar)
        let gamma = try SmallWorld.comparer.compare("E06000003", indicator: SmallWorld.indicator, year: 2025)
        // Gamma 10/100: Wilson 95% interval 5.5% to 17.4%, below 23.75, and lower is better.
        #expect(gamma.significance == .better)
    }

    @Test("An authority whose neighbours have no values has no comparator and no outcome")
    func noNeighbourValues() throws {
        var table = SmallWorld.table
        try table.setValue(nil, for: .localAuthority("E06000005"), indicator: SmallWorld.indicator, year: 2025)
        let delta = try NeighbourComparer(table: table, neighbours: SmallWorld.neighbours)
            .compare("E06000004", indicator: SmallWorld.indicator, year: 2025)
        // Delta's neighbours: Epsilon (now no row) and Alpha (20.0); Delta itself is suppressed.
        #expect(delta.comparator.value == Rational(20) && delta.comparator.neighboursWithValue == 1)
        #expect(delta.versusNeighbours == nil && delta.rank == nil && delta.quartileBand == nil && delta.significance == nil)
        let zeta = try SmallWorld.comparer.compare("E06000006", indicator: SmallWorld.indicator, year: 2025)
        #expect(zeta.neighbours.isEmpty && zeta.comparator.value == nil && zeta.comparator.neighboursWithValue == 0)
    }

    @Test("Unknown authorities and indicators, and missing years, are errors that name them")
    func errors() {
        let comparer = SmallWorld.comparer
        #expect(throws: ComparisonError.unknownAuthority("E99")) {
            try comparer.compare("E99", indicator: SmallWorld.indicator, year: 2025)
        }
        #expect(throws: ComparisonError.unknownIndicator("made.up")) {
            try comparer.compareAll(indicator: "made.up", year: 2025)
        }
        #expect(throws: ComparisonError.noData(SmallWorld.indicator, year: 2019)) {
            try comparer.compare("E06000001", indicator: SmallWorld.indicator, year: 2019)
        }
        #expect(ComparisonError.unknownAuthority("E99").description == "no local authority has the code 'E99'")
    }

    @Test("A national table has one column per indicator with values in the year")
    func nationalTable() throws {
        var table = SmallWorld.table
        try table.setValue(IndicatorValue(RatePer10k(531, of: 28_923), decimals: 0), for: .localAuthority("101"),
                           indicator: "cla.rate", year: 2025)
        let columns = try NeighbourComparer(table: table, neighbours: SmallWorld.neighbours).nationalTable(year: 2025)
        #expect(columns.map(\.indicator.id) == ["cla.rate", SmallWorld.indicator])
        // cla.rate has no polarity: no ranks or bands, but a comparator and England pooled from counts.
        let alpha = try #require(columns[0].comparison(for: "E06000001"))
        #expect(alpha.rank == nil && alpha.quartileBand == nil && alpha.rankOf == 1)
        #expect(alpha.england.value == Rational(5_310_000, 28_923))
    }

    @Test("A trend needs five years of counts")
    func trend() throws {
        var table = SmallWorld.table
        for (offset, count) in [20, 25, 30, 35, 40].enumerated() {
            try table.setValue(IndicatorValue(Percentage(Int64(count), of: 100), decimals: 1),
                               for: .localAuthority("E06000002"), indicator: SmallWorld.indicator, year: 2021 + offset)
        }
        let comparer = NeighbourComparer(table: table, neighbours: SmallWorld.neighbours)
        let result = try #require(try comparer.trend(for: "Beta", indicator: SmallWorld.indicator, years: Array(2021...2025)))
        #expect(result.direction == .increasing)
        #expect(try comparer.trend(for: "Alpha", indicator: SmallWorld.indicator, years: Array(2021...2025)) == nil)
        #expect(try comparer.trend(for: "Beta", indicator: SmallWorld.indicator, years: Array(2022...2025)) == nil)
    }

    @Test("Tables merge value by value, the incoming table winning")
    func merge() throws {
        var base = SmallWorld.table
        var update = IndicatorTable(directory: SmallWorld.directory)
        try update.setValue(IndicatorValue(Percentage(1, of: 100), decimals: 1), for: .localAuthority("E06000001"),
                            indicator: SmallWorld.indicator, year: 2025)
        try update.setValue(IndicatorValue(published: .number(FixedDecimal(21))), for: .england,
                            indicator: SmallWorld.indicator, year: 2025)
        base.merge(update)
        #expect(base.value(for: .localAuthority("101"), indicator: SmallWorld.indicator, year: 2025)?.number
                == FixedDecimal(units: 10, decimals: 1))
        #expect(base.value(for: .localAuthority("102"), indicator: SmallWorld.indicator, year: 2025)?.number
                == FixedDecimal(units: 250, decimals: 1))
        #expect(base.value(for: .england, indicator: SmallWorld.indicator, year: 2025)?.number == FixedDecimal(21))
        #expect(base.value(for: .region("NORTH"), indicator: SmallWorld.indicator, year: 2025)?.number == FixedDecimal(18))
        #expect(throws: ComparisonError.unknownAuthority("X")) {
            try base.setValue(nil, for: .localAuthority("X"), indicator: SmallWorld.indicator, year: 2025)
        }
    }
}
