import Foundation
import Synchronization

/// A deterministic synthetic cohort written as the files councils submit: SSDA903 CSVs and CIN
/// census XML for each authority and collection year, with the matching population and postcode
/// files. The demonstration, the tests and the benchmarks run on it.
///
/// The same seed always gives the same files, and an authority's files do not depend on which
/// other authorities are generated. Rates and mixes are calibrated on the England figures for the
/// year ending 31 March 2025, so a national cohort's indicators sit near the published ones.
///
/// Layout (the one the readers and the command-line tool expect):
/// ```text
/// <out>/<LA code>/<YYYY>/ssda903/{header,episodes,oc2,oc3,missing}.csv   (or ssda903_<YYYY>.xml)
/// <out>/<LA code>/<YYYY>/cin/cin_census_<YYYY>.xml
/// <out>/population.csv      la_code,year,population_0_17 (year = ONS mid-year)
/// <out>/postcodes.csv       postcode,easting,northing
/// ```
public struct SyntheticCohort: Sendable {
    /// The authorities to generate.
    public var authorities: [SyntheticAuthority]
    /// The collection years to write.
    public var years: ClosedRange<Int>
    /// The seed.
    public var seed: UInt64
    /// How the SSDA903 returns are written.
    public var ssda903Format: SSDA903Format

    /// The two layouts of an SSDA903 return.
    public enum SSDA903Format: String, Sendable, Hashable, CaseIterable {
        /// One CSV file per table (`header.csv`, `episodes.csv`, …).
        case csv
        /// One `EXPSSDA903` XML file per return (`ssda903_<YYYY>.xml`).
        case xml
    }

    /// Describes a cohort to generate.
    public init(authorities: [SyntheticAuthority], years: ClosedRange<Int>, seed: UInt64 = 903,
                ssda903Format: SSDA903Format = .csv) {
        precondition(!authorities.isEmpty, "at least one authority")
        self.authorities = authorities
        self.years = years
        self.seed = seed
        self.ssda903Format = ssda903Format
    }

    /// What was written.
    public struct Summary: Sendable, Hashable {
        /// Files written.
        public var files: Int
        /// Bytes written.
        public var bytes: Int
        /// SSDA903 episode rows written, over all returns.
        public var episodeRows: Int
        /// CIN `CINdetails` records written, over all returns.
        public var referralRecords: Int
    }

    /// Generates the cohort and writes it under `directory`, one authority per core at a time.
    ///
    /// - Throws: ``DataError`` when a file cannot be written.
    public func write(to directory: String) throws(DataError) -> Summary {
        let parameters = SyntheticParameters()
        let results = Mutex<[Int: Result<(SyntheticHistory, Summary), DataError>]>([:])
        let authorities = self.authorities, years = self.years, seed = self.seed, format = ssda903Format
        DispatchQueue.concurrentPerform(iterations: authorities.count) { index in
            var simulator = HistorySimulator(authority: authorities[index], gridIndex: index, seed: seed, parameters: parameters)
            let history = simulator.run(firstYear: years.lowerBound, lastYear: years.upperBound)
            let outcome = Result { () throws(DataError) -> (SyntheticHistory, Summary) in
                (history, try SyntheticCohort.writeReturns(history, years: years, seed: seed, format: format,
                                                      parameters: parameters, to: directory))
            }
            results.withLock { $0[index] = outcome }
        }
        var total = Summary(files: 0, bytes: 0, episodeRows: 0, referralRecords: 0)
        var population = OutputBuffer()
        population.append("la_code,year,population_0_17\n")
        var postcodes = OutputBuffer()
        postcodes.append("postcode,easting,northing\n")
        for index in authorities.indices {
            let (history, summary) = try results.withLock { $0[index]! }.get()
            total.files += summary.files
            total.bytes += summary.bytes
            total.episodeRows += summary.episodeRows
            total.referralRecords += summary.referralRecords
            for year in history.authority.population.keys.sorted() {
                population.append("\(history.authority.code),\(year),\(history.authority.population[year]!)\n")
            }
            for postcode in history.postcodes {
                postcodes.append("\(postcode.code),\(postcode.easting),\(postcode.northing)\n")
            }
        }
        try population.write(to: directory + "/population.csv")
        try postcodes.write(to: directory + "/postcodes.csv")
        total.files += 2
        total.bytes += population.bytes.count + postcodes.bytes.count
        return total
    }

    static func writeReturns(_ history: SyntheticHistory, years: ClosedRange<Int>, seed: UInt64, format: SSDA903Format,
                             parameters: SyntheticParameters, to directory: String) throws(DataError) -> Summary {
        var summary = Summary(files: 0, bytes: 0, episodeRows: 0, referralRecords: 0)
        for year in years {
            let folder = "\(directory)/\(history.authority.code)/\(year)"
            var ssda903 = SSDA903ReturnWriter(history: history, year: year, seed: seed, parameters: parameters)
            let rows = ssda903.rows()
            switch format {
            case .csv: summary.bytes += try rows.writeCSV(to: folder + "/ssda903")
            case .xml: summary.bytes += try rows.writeXML(to: "\(folder)/ssda903/ssda903_\(year).xml")
            }
            summary.bytes += try CINReturnWriter(history: history, year: year).write(to: "\(folder)/cin/cin_census_\(year).xml")
            summary.files += format == .csv ? 6 : 2
            let period = ReportingPeriod.collectionYear(year)
            summary.episodeRows += history.episodes.lazy.filter { $0.start <= period.end && ($0.end.map { $0 >= period.start } ?? true) }.count
            summary.referralRecords += history.referrals.lazy.filter { $0.date <= period.end && $0.closure >= period.start }.count
        }
        return summary
    }
}

extension SyntheticAuthority {
    /// Every current local authority of the bundled ONS population file, in directory order, with
    /// its populations by mid-year and, when `calibrated`, its own published rates: referrals,
    /// children starting to be looked after, and time in care (from the children looked after
    /// rate), each relative to England's, from the latest year of the bundled DfE figures. A
    /// Blackpool-sized cohort then looks like Blackpool (184 looked after per 10,000 in 2025), not
    /// like England (69).
    ///
    /// - Throws: ``DataError`` if the bundled files cannot be read.
    public static func bundled(calibrated: Bool = true) throws(DataError) -> [SyntheticAuthority] {
        let directory = try ReferenceData.localAuthorityDirectory()
        let populations = try ReferenceData.populationEstimates(directory: directory)
        let published = calibrated ? try ReferenceData.publishedIndicators(directory: directory) : nil
        return directory.authorities.filter(\.isCurrent).map { authority in
            let area = Area.localAuthority(authority.code)
            var byYear: [Int: Int64] = [:]
            for year in populations.midYears(for: area) {
                byYear[year] = try? populations.population(for: area, midYear: year).population
            }
            let calibration = published.map { SyntheticCalibration(published: $0, area: area) } ?? .england
            return SyntheticAuthority(code: authority.code, number: authority.number, name: authority.name,
                                      population: byYear, calibration: calibration)
        }
    }
}

extension SyntheticCalibration {
    /// England's published rates the generator's parameters stand for (year ending 31 March 2025):
    /// referrals 516, children starting to be looked after 27, looked after 69, per 10,000.
    static let englandRates = (referrals: 516.0, careStarts: 27.0, lookedAfter: 69.0)

    /// The calibration of an authority from its latest published rates; a rate that is not
    /// published (suppressed, missing) leaves that multiplier at 1.
    init(published table: IndicatorTable, area: Area) {
        func latest(_ id: IndicatorID) -> Double? {
            for year in table.years(of: id).sorted(by: >) {
                if let value = table.value(for: area, indicator: id, year: year)?.number?.doubleValue, value > 0 { return value }
            }
            return nil
        }
        let england = SyntheticCalibration.englandRates
        let referrals = latest("referrals.rate").map { $0 / england.referrals } ?? 1
        let starts = latest("cla.started.rate")
        let lookedAfter = latest("cla.rate")
        let careStarts = starts.map { $0 / england.careStarts } ?? 1
        var timeInCare = 1.0
        if let starts, let lookedAfter {
            timeInCare = (lookedAfter / starts) / (england.lookedAfter / england.careStarts)
        }
        self.init(referrals: referrals, careStarts: careStarts, timeInCare: timeInCare)
    }
}
