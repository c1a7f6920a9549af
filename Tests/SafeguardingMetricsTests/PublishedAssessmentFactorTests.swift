import Testing
import SafeguardingMetrics

/// The DfE's published factors identified at the end of assessment (c3) against the catalogue's
/// definition of the factor indicators (the fixture is written by
/// Scripts/extract-cin-breadth-fixtures.py from the project's shared reference data; Open
/// Government Licence v3.0).
///
/// The DfE publishes each authority's count of episodes with each factor and of episodes with a
/// factor, not a percentage, so there is no published value to recompute; these tests hold the
/// published counts to what the definition implies: one indicator per published column, each
/// column's count within its denominator (a factor once per episode, every episode with one in
/// the denominator), and every episode of the denominator with at least one factor (code 21, no
/// factors identified, is not one).
@Suite("Published factors identified at assessment")
struct PublishedAssessmentFactorTests {
    static let fixture = "c3_assessment_factors_2024_2025.csv"
    static let denominator = "Episodes_with_assessment_factor"

    /// The factor columns of the fixture, in the published order.
    func columns() throws -> [String] {
        let text = try Fixture.csvRows(Self.fixture)
        let header = try #require(text.first).keys
        return header.filter { ![Self.denominator, "time_period", "new_la_code", "la_name"].contains($0) }
    }

    @Test("Every published column is the numerator of exactly one factor indicator, whose definition names it")
    func oneIndicatorPerColumn() throws {
        let columns = try self.columns()
        #expect(columns.count == 39)
        let indicators = IndicatorFamily.assessments.indicators.filter { $0.id.rawValue.hasPrefix("assessments.factor.") }
        for column in columns {
            let naming = indicators.filter { $0.definition.notes.contains { $0.contains("column \(column))") } }
            #expect(naming.count == 1, "\(column)")
            #expect(naming.first?.id.rawValue == "assessments.factor.\(column.lowercased()).percent", "\(column)")
        }
        #expect(indicators.count == columns.count)
    }

    @Test("Every published 2024 and 2025 authority count of a factor is within its count of episodes with a factor; where none is suppressed, the factors add up to at least the episodes")
    func countsWithinDenominator() throws {
        let columns = try self.columns()
        var cells = 0, suppressed = 0, wholeRows = 0, noDenominator = 0
        for row in try Fixture.csvRows(Self.fixture) {
            guard let episodes = Int64(row[Self.denominator] ?? "") else { noDenominator += 1; continue }
            var sum: Int64 = 0, complete = true
            for column in columns {
                guard let count = Int64(row[column] ?? "") else {
                    #expect(PublishedValue(row[column] ?? "")?.number == nil, "\(row): \(column)")
                    suppressed += 1; complete = false; continue
                }
                #expect(count <= episodes, "\(row["la_name"] ?? ""): \(column) \(count) of \(episodes)")
                sum += count
                cells += 1
            }
            if complete {
                #expect(sum >= episodes, "\(row["la_name"] ?? ""): \(sum) factors for \(episodes) episodes")
                wholeRows += 1
            }
        }
        #expect(cells == 5615 + 5727 && suppressed == 274 + 240 && wholeRows == 38 + 49 && noDenominator == 2)
    }
}
