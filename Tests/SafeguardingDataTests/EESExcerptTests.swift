import Testing
import SafeguardingMetrics
import SafeguardingData

/// Rows of a real Explore Education Statistics underlying-data file, unchanged:
/// `cla_number_and_rate_per_10k_children.csv` (DfE, Children looked after in England, Open
/// Government Licence v3.0), as kept in github.com/dfe-analytical-services/CSC_outcomes_and_enablers
/// `data-raw/` at commit 6f27b06. Each area has one row per `population_count` measure.
private let eesExcerpt = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_count,population_estimate,number,rate_per_10000
    2024,Reporting year,National,E92000001,England,,,,,,Children ceasing to be looked after each year,11998646,33620,28
    2024,Reporting year,National,E92000001,England,,,,,,Children looked after at 31 March each year,11998646,83630,70
    2024,Reporting year,National,E92000001,England,,,,,,Children starting to be looked after each year,11998646,33050,28
    2024,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Children ceasing to be looked after each year,1599260,5010,31
    2024,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Children looked after at 31 March each year,1599260,15090,94
    2024,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Children starting to be looked after each year,1599260,4900,31
    2024,Reporting year,Regional,E92000001,England,E13000001,Inner London,,,,Children looked after at 31 March each year,641078,3980,62
    2024,Reporting year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Children ceasing to be looked after each year,20417,114,56
    2024,Reporting year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Children looked after at 31 March each year,20417,334,164
    2024,Reporting year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Children starting to be looked after each year,20417,125,61
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,890,Blackpool,E06000009,Children ceasing to be looked after each year,28663,179,62
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,890,Blackpool,E06000009,Children looked after at 31 March each year,28663,520,181
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,890,Blackpool,E06000009,Children starting to be looked after each year,28663,155,54
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,942,Cumberland,E06000063,Children looked after at 31 March each year,51775,482,93
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,943,Westmorland and Furness,E06000064,Children looked after at 31 March each year,38971,246,63

    """

@Suite("A real Explore Education Statistics file")
struct EESExcerptTests {
    static let mapping = [PublishedColumn(indicator: "cla.rate", value: "rate_per_10000", numerator: "number",
                                          denominator: "population_estimate")]

    @Test("The children-looked-after measure is read by filtering population_count, with counts that reproduce each rate")
    func readsWithFilter() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array(eesExcerpt.utf8), to: "cla_number_and_rate_per_10k_children.csv")
        let directory = try Bundled.directory.get()
        let result = try IndicatorTable.read(path: path, columns: Self.mapping, directory: directory,
                                             filters: ["population_count": "Children looked after at 31 March each year"])
        #expect(result.report.rowsRead == 15 && result.report.rowsAccepted == 7 && result.report.rowsRejected == 8)
        #expect(result.report.problems.allSatisfy { $0.severity == .info && $0.location.columnName == "population_count" })
        let table = result.value
        let blackpool = try #require(table.value(for: .localAuthority("E06000009"), indicator: "cla.rate", year: 2024))
        #expect(blackpool == IndicatorValue(published: .number(FixedDecimal(181)), numerator: 520, denominator: 28_663))
        #expect(table.value(for: .england, indicator: "cla.rate", year: 2024)?.number == FixedDecimal(70))
        #expect(table.value(for: .region("Inner London"), indicator: "cla.rate", year: 2024)?.number == FixedDecimal(62))
        for index in directory.authorities.indices {
            guard let value = table[IndicatorID("cla.rate"), 2024]?.authorities[index], let counts = value.counts else { continue }
            #expect(RatePer10k(counts.numerator, of: counts.denominator).rounded(toDecimals: 0) == value.number)
        }
    }

    @Test("Each measure of the file maps to its own indicator, and the tables merge into one")
    func mergesMeasures() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array(eesExcerpt.utf8), to: "cla.csv")
        let directory = try Bundled.directory.get()
        var merged = IndicatorTable(directory: directory)
        for (measure, indicator) in [("Children looked after at 31 March each year", "cla.rate"),
                                     ("Children starting to be looked after each year", "cla.started.rate"),
                                     ("Children ceasing to be looked after each year", "cla.ceased.rate")] {
            let columns = [PublishedColumn(indicator: IndicatorID(indicator), value: "rate_per_10000", numerator: "number",
                                           denominator: "population_estimate")]
            merged.merge(try IndicatorTable.read(path: path, columns: columns, directory: directory,
                                                 filters: ["population_count": measure]).value)
        }
        #expect(merged.indicators(in: 2024) == ["cla.ceased.rate", "cla.rate", "cla.started.rate"])
        #expect(merged.value(for: .localAuthority("890"), indicator: "cla.started.rate", year: 2024)?.number == FixedDecimal(54))
        #expect(merged.value(for: .localAuthority("805"), indicator: "cla.ceased.rate", year: 2024)?.counts?.numerator == 114)
    }
}
