import ArgumentParser
import Foundation
import SafeguardingData

/// `generate`: a deterministic synthetic cohort written as real-format returns.
struct GenerateCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic cohort as SSDA903 CSVs and CIN census XML, with its population file.",
        discussion: """
            Writes <out>/<LA code>/<YYYY>/ssda903/{header,episodes,oc2,oc3,missing,previous_permanence}.csv \
            (and uasc.csv, ad1.csv and placed_for_adoption.csv when a return has unaccompanied \
            asylum-seeking children, adoptions or decisions to place for adoption), \
            <out>/<LA code>/<YYYY>/cin/cin_census_<YYYY>.xml, <out>/population.csv and \
            <out>/postcodes.csv. The same seed always writes the same files. Authorities are the \
            first N of the bundled ONS directory (or those named with --la); years are the N \
            collection years ending with the latest one the bundled populations cover (2025), or \
            with --last-year (a later year uses the latest population estimate; from 2026 the CIN \
            census has the 2025-26 pre-proceedings block).

            Example:
              safeguarding-metrics generate --out data --la E06000009 --years 3
              safeguarding-metrics generate --out national --las 153 --years 1 --seed 7
            """)

    /// The latest collection year the bundled populations support (mid-2024 estimates).
    static let latestYear = 2025

    @Option(help: ArgumentHelp("The folder to write to (created if needed).", valueName: "DIR"))
    var out: String

    @Option(help: "How many authorities: the first N of the bundled directory.")
    var las: Int?

    @Option(name: .customLong("la"), help: ArgumentHelp("An authority to generate (E-code or DfE number); repeatable.",
                                                         valueName: "CODE"))
    var authorityCodes: [String] = []

    @Option(help: "Children aged 0-17 in each authority (default: its ONS mid-year estimates).")
    var children: Int64?

    @Option(help: "How many collection years, ending with 2025.")
    var years: Int = 3

    @Option(help: ArgumentHelp("The last collection year (2025; 2026 writes the 2025-26 CIN census with pre-proceedings).",
                               valueName: "YYYY"))
    var lastYear: Int = GenerateCommand.latestYear

    @Option(help: "The random seed.")
    var seed: UInt64 = 903

    @OptionGroup var options: OutputOptions

    func validate() throws {
        try options.requireNoHTML()
        try options.requireNoWorkbook()
        if let las, !(1...153).contains(las) { throw ValidationError("--las must be 1 to 153, not \(las)") }
        if las != nil && !authorityCodes.isEmpty { throw ValidationError("give --las or --la, not both") }
        if let children, children < 100 { throw ValidationError("--children must be at least 100, not \(children)") }
        if !(1...10).contains(years) { throw ValidationError("--years must be 1 to 10, not \(years)") }
        if !(2012...2030).contains(lastYear) { throw ValidationError("--last-year must be 2012 to 2030, not \(lastYear)") }
    }

    func execute(on console: Console) throws(ToolError) {
        var stopwatch = Stopwatch()
        let bundled: [SyntheticAuthority]
        do { bundled = try SyntheticAuthority.bundled() } catch { throw .data(error) }
        var chosen: [SyntheticAuthority] = []
        if authorityCodes.isEmpty {
            chosen = Array(bundled.prefix(las ?? 1))
        } else {
            let directory = try Reference.directory()
            for code in authorityCodes {
                guard let authority = directory[code], let match = bundled.first(where: { $0.code == authority.code }) else {
                    throw .invalidUsage("--la \(code): no current local authority has this code (give an E-code such "
                        + "as E06000009 or a DfE number such as 890)")
                }
                chosen.append(match)
            }
        }
        if let children {
            chosen = chosen.map { authority in
                var scaled = authority
                for year in scaled.population.keys { scaled.population[year] = children }
                if scaled.population.isEmpty { scaled.population[GenerateCommand.latestYear - 1] = children }
                return scaled
            }
        }
        let range = (lastYear - years + 1)...lastYear
        let cohort = SyntheticCohort(authorities: chosen, years: range, seed: seed)
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw .invalidUsage("cannot create --out \(out): \(error.localizedDescription)")
        }
        console.progress("generating \(chosen.count) authorit\(chosen.count == 1 ? "y" : "ies")…")
        var summary: SyntheticCohort.Summary
        do {
            summary = try stopwatch.measure(.computing) { () throws(DataError) in try cohort.write(to: out, progress: console.progressHandler("generating")) }
        } catch {
            throw .invalidUsage("cannot write under --out \(out): \(error.description)")
        }
        console.endProgress()
        // The generator's own byte count leaves out the return files, so count what is on disk.
        summary.bytes = GenerateCommand.bytesWritten(under: out, authorities: chosen, years: range)
        try console.deliver(render(summary, authorities: chosen, years: range), to: options.output)
        stopwatch.report(to: console, if: options.timings)
    }

    /// The size of the files written: every return of `authorities` in `years`, and the
    /// population and postcode files.
    static func bytesWritten(under out: String, authorities: [SyntheticAuthority], years: ClosedRange<Int>) -> Int {
        let manager = FileManager.default
        func size(_ path: String) -> Int { ((try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 }
        var total = size(out + "/population.csv") + size(out + "/postcodes.csv")
        for authority in authorities {
            for year in years {
                let folder = "\(out)/\(authority.code)/\(year)"
                for case let relative as String in manager.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
                    total += size(folder + "/" + relative)
                }
            }
        }
        return total
    }

    private func render(_ summary: SyntheticCohort.Summary, authorities: [SyntheticAuthority],
                        years: ClosedRange<Int>) -> String {
        switch options.format {
        case .json, .html, .xlsx:
            return JSONValue.object([
                ("out", .string(out)),
                ("authorities", .array(authorities.map { .string($0.code) })),
                ("years", .object([("first", .integer(years.lowerBound)), ("last", .integer(years.upperBound))])),
                ("seed", .number(String(seed))),
                ("files", .integer(summary.files)),
                ("bytes", .integer(summary.bytes)),
                ("episode_rows", .integer(summary.episodeRows)),
                ("referral_records", .integer(summary.referralRecords)),
            ]).rendered()
        case .csv:
            var csv = CSVText(header: ["la", "name", "first_year", "last_year", "seed", "out"])
            for authority in authorities {
                csv.append([authority.code, authority.name, String(years.lowerBound), String(years.upperBound),
                            String(seed), out])
            }
            return csv.text
        case .text:
            let names = authorities.prefix(5).map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
                + (authorities.count > 5 ? " and \(authorities.count - 5) more" : "")
            return """
                Wrote \(summary.files) files (\(ByteCountFormatter.string(fromByteCount: Int64(summary.bytes), countStyle: .file))) \
                to \(out)
                  authorities: \(names)
                  collection years: \(years.lowerBound) to \(years.upperBound) (years ending 31 March), seed \(seed)
                  SSDA903 episode rows: \(summary.episodeRows); CIN referral records: \(summary.referralRecords)
                  population: \(out)/population.csv; postcodes: \(out)/postcodes.csv

                """
        }
    }
}
