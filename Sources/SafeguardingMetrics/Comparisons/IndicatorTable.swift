/// Published (or computed) indicator values by area, year and indicator: the data comparisons
/// are made from.
///
/// The table is tied to a ``LocalAuthorityDirectory``: each ``IndicatorSeries`` keeps one slot
/// per authority in directory order, so comparing every authority is array indexing. Codes
/// are resolved once, when values are put in.
///
/// SafeguardingData fills a table from the bundled `la_csc_indicators_2024_2025.csv`
/// (`ReferenceData.publishedIndicators()`) or from Explore Education Statistics files. Values
/// the library computed itself go in with ``setValue(_:for:indicator:year:)``, for example to
/// compare a council's own up-to-date figure with its neighbours' published ones.
///
/// ```swift
/// var table = IndicatorTable(directory: directory)
/// try table.setValue(IndicatorValue(RatePer10k(531, of: 28_923), decimals: 0),
///                    for: .localAuthority("890"), indicator: "cla.rate", year: 2025)
/// table.value(for: .localAuthority("E06000009"), indicator: "cla.rate", year: 2025)?.published // 184
/// ```
@frozen
public struct IndicatorTable: Sendable, Hashable {
    /// The authorities, whose order indexes every series.
    public let directory: LocalAuthorityDirectory
    /// The series by indicator and year.
    @usableFromInline
    var storage: [SeriesKey: IndicatorSeries]

    /// The key of one series.
    @usableFromInline
    struct SeriesKey: Sendable, Hashable {
        @usableFromInline let indicator: IndicatorID
        @usableFromInline let year: Int

        @usableFromInline
        init(indicator: IndicatorID, year: Int) {
            self.indicator = indicator
            self.year = year
        }
    }

    /// Creates an empty table for the authorities of `directory`.
    public init(directory: LocalAuthorityDirectory) {
        self.directory = directory
        self.storage = [:]
    }

    /// The values of `indicator` in `year`, if the table has any.
    public subscript(indicator: IndicatorID, year: Int) -> IndicatorSeries? {
        storage[SeriesKey(indicator: indicator, year: year)]
    }

    /// The indicators the table has values for, sorted.
    public var indicators: [IndicatorID] {
        Array(Set(storage.keys.map(\.indicator))).sorted()
    }

    /// The years the table has values of `indicator` for, in order.
    public func years(of indicator: IndicatorID) -> [Int] {
        storage.keys.filter { $0.indicator == indicator }.map(\.year).sorted()
    }

    /// The indicators with values in `year`, sorted.
    public func indicators(in year: Int) -> [IndicatorID] {
        storage.keys.filter { $0.year == year }.map(\.indicator).sorted()
    }

    /// The value of `indicator` for `area` in `year`, if there is one. An authority may be named by
    /// any code the directory resolves.
    public func value(for area: Area, indicator: IndicatorID, year: Int) -> IndicatorValue? {
        guard let series = self[indicator, year] else { return nil }
        switch area {
        case .localAuthority(let code): return directory.index(of: code).flatMap { series.authorities[$0] }
        case .region(let name): return series.region(named: name)
        case .england: return series.england
        }
    }

    /// Puts a value in (or removes it, with `nil`), replacing any value already there.
    ///
    /// - Throws: ``ComparisonError/unknownAuthority(_:)`` when an authority's code is not in the
    ///   directory.
    public mutating func setValue(_ value: IndicatorValue?, for area: Area, indicator: IndicatorID,
                                  year: Int) throws(ComparisonError) {
        switch area {
        case .localAuthority(let code):
            guard let index = directory.index(of: code) else { throw .unknownAuthority(code) }
            setValue(value, forAuthorityAt: index, indicator: indicator, year: year)
        case .region(let name):
            updateSeries(indicator, year) { series in
                let key = series.regions.keys.first { $0.lowercased() == name.lowercased() } ?? name
                series.regions[key] = value
            }
        case .england:
            updateSeries(indicator, year) { $0.england = value }
        }
    }

    /// Puts a value in for the authority at `index` in the directory (or removes it, with `nil`).
    ///
    /// - Precondition: `index` is a valid directory index.
    public mutating func setValue(_ value: IndicatorValue?, forAuthorityAt index: Int, indicator: IndicatorID, year: Int) {
        precondition(directory.authorities.indices.contains(index), "authority index out of range")
        updateSeries(indicator, year) { $0.authorities[index] = value }
    }

    /// Adds every value of `other`, replacing values this table has for the same area, indicator
    /// and year.
    ///
    /// - Precondition: both tables use the same directory.
    /// - Complexity: O(s × n) for s series of n authorities in `other`.
    public mutating func merge(_ other: IndicatorTable) {
        precondition(other.directory == directory, "tables to merge must use the same local-authority directory")
        for (key, incoming) in other.storage {
            updateSeries(key.indicator, key.year) { series in
                for index in incoming.authorities.indices where incoming.authorities[index] != nil {
                    series.authorities[index] = incoming.authorities[index]
                }
                series.regions.merge(incoming.regions) { _, new in new }
                if let england = incoming.england { series.england = england }
            }
        }
    }

    private mutating func updateSeries(_ indicator: IndicatorID, _ year: Int, _ update: (inout IndicatorSeries) -> Void) {
        let key = SeriesKey(indicator: indicator, year: year)
        var series = storage.removeValue(forKey: key)
            ?? IndicatorSeries(indicator: indicator, year: year, authorityCount: directory.count)
        update(&series)
        storage[key] = series
    }
}
