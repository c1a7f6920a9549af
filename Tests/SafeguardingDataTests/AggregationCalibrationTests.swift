import Foundation
import Testing
import SafeguardingData

@Suite("Indicators computed on a generated cohort")
struct AggregationCalibrationTests {
    /// The England figure of each indicator pooled over the areas: Σ numerators / Σ denominators.
    static func pooled(_ results: IndicatorResults) -> [IndicatorID: Double] {
        var sums: [IndicatorID: (Int64, Int64, Double)] = [:]
        for area in results.areas {
            for result in area.indicators {
                let scale: Double = switch result.indicator.unit {
                case .ratePer10k: 10_000
                case .percentage: 100
                default: 1
                }
                let old = sums[result.id] ?? (0, 0, scale)
                sums[result.id] = (old.0 + result.numerator, old.1 + result.denominator, scale)
            }
        }
        return sums.mapValues { $0.1 == 0 ? .nan : Double($0.0) / Double($0.1) * $0.2 }
    }

    @Test("Figures for 4 generated authorities land near the England figures the generator was calibrated on")
    func nearEngland() throws {
        let directory = try TemporaryDirectory()
        let authorities = try SyntheticAuthority.bundled().prefix(4).map {
            SyntheticAuthority(code: $0.code, number: $0.number, name: $0.name,
                               population: Dictionary(uniqueKeysWithValues: (2018...2025).map { ($0, Int64(30_000)) }))
        }
        _ = try SyntheticCohort(authorities: authorities, years: 2022...2025, seed: 2025).write(to: directory.url.path)
        let paths = try ReturnLoader.datasetPaths(root: directory.url.path)
        let loaded = try ReturnLoader().load(ssda903: paths.ssda903, cin: paths.cin)
        let populations = try PopulationTable.read(path: directory.url.path + "/population.csv",
                                                   directory: ReferenceData.localAuthorityDirectory()).value
        let lookup = try PostcodeLookup.read(path: directory.url.path + "/postcodes.csv").value
        var request = IndicatorRequest(cohort: loaded.cohort, period: .collectionYear(2025), populations: populations)
        request.configuration.postcodePositions = PostcodePositions(postcodes: loaded.cohort.postcodes, lookup: lookup)
        let computation = try IndicatorComputation(request)
        let results = computation.compute(threads: 2)
        #expect(results.areas.count == 4)
        #expect(computation.aggregate(threads: 1) == computation.aggregate(threads: 3))
        let england = Self.pooled(results)
        // Broad bands around the published England figures for 2024-25 (in brackets).
        let bands: [(IndicatorID, ClosedRange<Double>)] = [
            ("referrals.rate", 400...650),                                  // 516
            ("referrals.repeat_within_12_months.percent", 15...30),         // 22.4
            ("cin.rate", 200...450),                                        // 333
            ("assessments.within_45_working_days.percent", 70...92),        // 83
            ("icpc.within_15_working_days.percent", 65...90),               // 78
            ("cpp.rate", 25...65),                                          // 41
            ("cpp.second_or_subsequent.percent", 15...35),                  // 24.7
            ("cla.rate", 50...90),                                          // 69
            ("cla.started.rate", 15...40),                                  // 27
            ("cla.placement.foster.percent", 55...80),                      // 68
            ("cla.placement.residential.percent", 8...25),                  // 17
            ("cla.placement.over_20_miles.percent", 8...25),                // 16
            ("cla.stability.three_or_more_placements.percent", 5...17),     // 11
            ("cla.stability.long_term.percent", 55...85),                   // 70
            ("cla.missing.percent", 5...20),                                // 11
            ("sdq.average", 12...17.5),                                     // 14.7
            ("sdq.received.percent", 65...90),                              // 77
            ("care_leavers.eet.age_17_18.percent", 50...78),                // 64
            ("care_leavers.eet.age_19_21.percent", 40...68),                // 54
            ("care_leavers.suitable_accommodation.age_17_18.percent", 80...98),
            // England 2024-25: care leavers' bands added (EES); children ceasing care by reason
            // (LAIT, authorities pooled).
            ("care_leavers.eet.age_17_21.percent", 45...68),                // 56.7
            ("care_leavers.suitable_accommodation.age_17_21.percent", 80...96), // 89.1
            ("care_leavers.in_touch.age_17_21.percent", 80...97),           // no England figure here; the mix gives 91
            ("cla.ceased.returned_home.percent", 10...24),                  // 16.4
            ("cla.ceased.returned_home_unplanned.percent", 1...8),          // 3.9
            ("cla.ceased.adopted.percent", 5...14),                         // 9.0
            ("cla.ceased.special_guardianship.percent", 7...18),            // 12.0
            ("cla.ceased.child_arrangements.percent", 1...8),               // 4.0
        ]
        var report: [String] = []
        for (id, band) in bands {
            let value = england[id] ?? .nan
            report.append("\(id) \((value * 10).rounded() / 10)")
            #expect(band.contains(value), "\(id) = \(value), expected \(band)")
        }
        print(report.joined(separator: "\n"))
    }
}
