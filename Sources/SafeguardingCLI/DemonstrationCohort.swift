import Foundation
import SafeguardingData

/// The demonstration's returns: a deterministic synthetic cohort for one authority, written as
/// real-format SSDA903 CSVs and CIN census XML to a private temporary folder (owner-only, see
/// ``PrivateScratchFolder``), read back as any returns would be, and the folder removed, also
/// when the run fails or is interrupted.
///
/// The records are synthetic (``SyntheticCohort``, seed ``seed``), calibrated on England's
/// 2024-25 figures and scaled to the authority's real ONS population; they are not the
/// authority's data, and every output that uses them says so.
enum DemonstrationCohort {
    /// The generator's seed: the same seed always gives the same records.
    static let seed: UInt64 = 903
    /// The collection years written: enough history for the framework's 2023-10 actuals (the 12
    /// months ending 31 October 2023) and their look-backs (re-referrals within 12 months,
    /// long-term stability over 30 months).
    static let years = 2021...2024

    /// In words, for the report: what the demonstration's actuals are computed from.
    static func description(of authority: LocalAuthority) -> String {
        "a synthetic demonstration cohort (not real data): \(authority.name)-sized, seed \(seed), "
            + "collection years \(years.lowerBound) to \(years.upperBound)"
    }

    /// Generates the cohort for `authority` (with its bundled ONS populations) and loads it with
    /// the generated postcode positions and the bundled populations.
    ///
    /// - Throws: ``ToolError/invalidData(_:)`` when the authority has no bundled population, or
    ///   the temporary files cannot be written or read.
    static func load(for authority: LocalAuthority, console: Console, stopwatch: inout Stopwatch) throws(ToolError) -> CohortInputs {
        let bundled: [SyntheticAuthority]
        do { bundled = try SyntheticAuthority.bundled() } catch { throw .data(error) }
        guard let synthetic = bundled.first(where: { $0.code == authority.code }), !synthetic.population.isEmpty else {
            throw .invalidData("the demonstration needs a current authority with bundled population estimates; "
                + "\(authority.name) (\(authority.code)) has none. Give its returns with --ssda903 and --cin")
        }
        // Owner-only (0700), removed on return, on failure and on SIGINT, SIGTERM or SIGHUP.
        let scratch: PrivateScratchFolder
        do throws(FileWriteError) {
            scratch = try PrivateScratchFolder(prefix: "safeguarding-metrics-demo")
        } catch {
            throw .invalidData("cannot create a temporary folder for the demonstration cohort: \(error.description)")
        }
        defer { scratch.remove() }
        let folder = scratch.path
        console.progress("generating the demonstration cohort…")
        do throws(DataError) {
            _ = try stopwatch.measure(.computing) { () throws(DataError) in
                try DemonstrationCohort.withOwnerOnlyFiles { () throws(DataError) in
                    try SyntheticCohort(authorities: [synthetic], years: years, seed: seed).write(to: folder)
                }
            }
        } catch {
            console.endProgress()
            throw .invalidData("cannot write the demonstration cohort to \(folder): \(error.description)")
        }
        console.endProgress()
        DemonstrationCohort.pauseIfAsked(staged: folder, console: console)
        return try CohortInputs(ssda903: [folder], cin: [folder], population: nil, postcodes: folder + "/postcodes.csv",
                                console: console, stopwatch: &stopwatch, quiet: true)
    }
}
