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
/// <out>/<LA code>/<YYYY>/ssda903/{header,episodes,oc2,oc3,missing,previous_permanence,uasc,ad1,placed_for_adoption}.csv
///                                   (or ssda903_<YYYY>.xml; uasc.csv, ad1.csv and placed_for_adoption.csv when the return has any)
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

    /// What was written or generated.
    public struct Summary: Sendable, Hashable {
        /// Files written.
        public var files: Int
        /// Bytes written.
        public var bytes: Int
        /// SSDA903 episode rows written, over all returns.
        public var episodeRows: Int
        /// CIN `CINdetails` records written, over all returns.
        public var referralRecords: Int

        /// Adds another summary's counts to this one.
        mutating func add(_ other: Summary) {
            files += other.files
            bytes += other.bytes
            episodeRows += other.episodeRows
            referralRecords += other.referralRecords
        }
    }

    /// Generates the cohort and writes it under `directory`, one authority per core at a time:
    /// each authority's returns are written as soon as they are made, so memory holds a few
    /// authorities' files, never the whole cohort's.
    ///
    /// `progress`, when given, is called after each authority's returns are written, with the
    /// authority's code.
    ///
    /// - Throws: ``DataError`` when a file cannot be written.
    public func write(to directory: String, progress: WorkProgress.Handler? = nil) throws(DataError) -> Summary {
        let done = Mutex(0)
        let authorities = self.authorities
        let histories = try generateHistories { index, files throws(DataError) in
            for file in files { try file.write(under: directory) }
            guard let progress else { return }
            done.withLock { count in
                count += 1
                progress(WorkProgress(completed: count, total: authorities.count, item: authorities[index].code))
            }
        }
        var total = Summary(files: 0, bytes: 0, episodeRows: 0, referralRecords: 0)
        for (_, summary) in histories { total.add(summary) }
        for file in SyntheticCohort.referenceFiles(histories.map(\.history)) {
            total.bytes += try file.write(under: directory)
            total.files += 1
        }
        return total
    }

    /// Generates the cohort in memory: the same files ``write(to:progress:)`` writes, with the same names
    /// relative to its folder (each list in name order), and nothing written anywhere.
    ///
    /// ```swift
    /// let generated = SyntheticCohort(authorities: authorities, years: 2023...2025).generate()
    /// let returns = try ReturnSet(ssda903: generated.ssda903, cin: generated.cin,
    ///                             population: generated.population, postcodes: generated.postcodes)
    /// ```
    /// - Complexity: holds every file of the cohort in memory (a Blackpool-sized authority's
    ///   four years are about 10 MB); use ``write(to:progress:)`` for national cohorts.
    public func generate() -> SyntheticReturns {
        let collected = Mutex<[Int: [DataFile]]>([:])
        // Making files in memory cannot fail, so the error type is Never.
        let histories = generateHistories { (index: Int, files: [DataFile]) in
            collected.withLock { $0[index] = files }
        }
        let files = collected.withLock { all in authorities.indices.flatMap { all[$0] ?? [] } }
        var total = Summary(files: 0, bytes: 0, episodeRows: 0, referralRecords: 0)
        for (_, summary) in histories { total.add(summary) }
        let reference = SyntheticCohort.referenceFiles(histories.map(\.history))
        total.files += reference.count
        total.bytes += reference.reduce(0) { $0 + $1.bytes.count }
        // In name order, as a folder of them is read.
        let sorted = files.sorted { $0.name < $1.name }
        return SyntheticReturns(ssda903: sorted.filter { $0.name.contains("/ssda903/") },
                                cin: sorted.filter { $0.name.contains("/cin/") },
                                population: reference[0], postcodes: reference[1], summary: total)
    }

    /// Simulates every authority's history on every core and hands each authority's return files
    /// to `deliver` as they are made; returns the histories with the summary of their returns, in
    /// authority order.
    private func generateHistories<Failure: Error>(
        _ deliver: @Sendable (Int, [DataFile]) throws(Failure) -> Void
    ) throws(Failure) -> [(history: SyntheticHistory, summary: Summary)] {
        let parameters = SyntheticParameters()
        let results = Mutex<[Int: Result<(SyntheticHistory, Summary), Failure>]>([:])
        let authorities = self.authorities, years = self.years, seed = self.seed, format = ssda903Format
        DispatchQueue.concurrentPerform(iterations: authorities.count) { index in
            var simulator = HistorySimulator(authority: authorities[index], gridIndex: index, seed: seed, parameters: parameters)
            let history = simulator.run(firstYear: years.lowerBound, lastYear: years.upperBound)
            let (files, summary) = SyntheticCohort.returnFiles(history, years: years, seed: seed, format: format,
                                                               parameters: parameters)
            let outcome = Result { () throws(Failure) -> (SyntheticHistory, Summary) in
                try deliver(index, files)
                return (history, summary)
            }
            results.withLock { $0[index] = outcome }
        }
        var histories: [(history: SyntheticHistory, summary: Summary)] = []
        for index in authorities.indices {
            let (history, summary) = try results.withLock { $0[index]! }.get()
            histories.append((history, summary))
        }
        return histories
    }

    /// Every return of one authority's history, named as ``write(to:progress:)`` lays them out, and what they hold.
    static func returnFiles(_ history: SyntheticHistory, years: ClosedRange<Int>, seed: UInt64, format: SSDA903Format,
                            parameters: SyntheticParameters) -> ([DataFile], Summary) {
        var summary = Summary(files: 0, bytes: 0, episodeRows: 0, referralRecords: 0)
        var files: [DataFile] = []
        for year in years {
            let folder = "\(history.authority.code)/\(year)"
            var ssda903 = SSDA903ReturnWriter(history: history, year: year, seed: seed, parameters: parameters)
            let rows = ssda903.rows()
            switch format {
            case .csv: files += rows.csvFiles(in: folder + "/ssda903")
            case .xml: files.append(rows.xmlFile(named: "\(folder)/ssda903/ssda903_\(year).xml"))
            }
            files.append(CINReturnWriter(history: history, year: year).file(named: "\(folder)/cin/cin_census_\(year).xml"))
            let period = ReportingPeriod.collectionYear(year)
            summary.episodeRows += history.episodes.lazy.filter { $0.start <= period.end && ($0.end.map { $0 >= period.start } ?? true) }.count
            summary.referralRecords += history.referrals.lazy.filter { $0.date <= period.end && $0.closure >= period.start }.count
        }
        summary.files = files.count
        summary.bytes = files.reduce(0) { $0 + $1.bytes.count }
        return (files, summary)
    }

    /// The population file and the postcode file of the histories, in that order.
    static func referenceFiles(_ histories: [SyntheticHistory]) -> [DataFile] {
        var population = OutputBuffer()
        population.append("la_code,year,population_0_17\n")
        var postcodes = OutputBuffer()
        postcodes.append("postcode,easting,northing\n")
        for history in histories {
            for year in history.authority.population.keys.sorted() {
                population.append("\(history.authority.code),\(year),\(history.authority.population[year]!)\n")
            }
            for postcode in history.postcodes {
                postcodes.append("\(postcode.code),\(postcode.easting),\(postcode.northing)\n")
            }
        }
        return [DataFile(name: "population.csv", bytes: population.bytes), DataFile(name: "postcodes.csv", bytes: postcodes.bytes)]
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
