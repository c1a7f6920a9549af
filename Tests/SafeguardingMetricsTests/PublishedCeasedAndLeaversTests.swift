import Testing
import SafeguardingMetrics

/// Recomputes the DfE's published authority figures behind the measures of issue 19 from their
/// published numerators and denominators (fixtures written by Scripts/extract-breadth-fixtures.py
/// from the project's shared reference data; Open Government Licence v3.0).
///
/// - `care_leavers_by_band_2021_2025.csv`: the DfE's care-leaver activity and accommodation files
///   (explore-education-statistics underlying data, 2021-2025). Each band's percentages are
///   reproduced from its counts, which is what the 17-21 indicators add together.
/// - `lait_ceased_by_reason_2016_2025.csv`: LAIT's counts and percentages of children ceasing care
///   by adoption and by special guardianship order, over all children ceasing (`LACceased`).
@Suite("Published figures of children ceasing care by reason and of care leavers")
struct PublishedCeasedAndLeaversTests {
    /// A published percentage and the published counts it is computed from.
    struct Column: Sendable, CustomTestStringConvertible {
        let fixture: String
        let indicator: String
        let numerator: String
        let denominator: String
        let published: String
        /// Rows with a numeric numerator, a positive denominator and a published percentage.
        let expected: Int
        var testDescription: String { "\(indicator) (\(published))" }
    }

    static let columns: [Column] = [
        Column(fixture: "care_leavers_by_band_2021_2025.csv", indicator: "care_leavers.eet.age_17_21.percent",
               numerator: "eet_count", denominator: "total", published: "eet_percent", expected: 1_507),
        Column(fixture: "care_leavers_by_band_2021_2025.csv",
               indicator: "care_leavers.suitable_accommodation.age_17_21.percent",
               numerator: "suitable_count", denominator: "suitability_total", published: "suitable_percent", expected: 1_442),
        Column(fixture: "lait_ceased_by_reason_2016_2025.csv", indicator: "cla.ceased.adopted.percent",
               numerator: "adopted", denominator: "ceased", published: "adopted_percent", expected: 1_180),
        Column(fixture: "lait_ceased_by_reason_2016_2025.csv", indicator: "cla.ceased.special_guardianship.percent",
               numerator: "sgo", denominator: "ceased", published: "sgo_percent", expected: 745),
    ]

    @Test("Every published authority percentage recomputes from its published counts, rounded half up to a whole number",
          arguments: columns)
    func recomputes(column: Column) throws {
        var checked = 0
        for row in try Fixture.csvRows(column.fixture) {
            guard let numerator = Int64(row[column.numerator] ?? ""), let denominator = Int64(row[column.denominator] ?? ""),
                  denominator > 0, let cell = row[column.published], !cell.isEmpty else { continue }
            let published = try #require(PublishedValue(cell)?.number, "\(row): '\(cell)' although the counts are published")
            let computed = Percentage(numerator, of: denominator).rounded(toDecimals: 0)
            #expect(computed == published, "\(row): \(numerator)/\(denominator) gives \(String(describing: computed))")
            checked += 1
        }
        #expect(checked == column.expected)
        // The indicator the column stands behind is the catalogue's, in whole-number percentages.
        let indicator = try #require(IndicatorCatalogue.standard[IndicatorID(rawValue: column.indicator)])
        #expect(indicator.unit == .percentage && indicator.decimals == 0)
    }

    @Test("The LAIT measures of the recomputed percentages are the indicators'")
    func laitMeasures() {
        #expect(IndicatorCatalogue.standard["cla.ceased.adopted.percent"]?.laitMeasure == "%_of LAC Adopted")
        #expect(IndicatorCatalogue.standard["cla.ceased.special_guardianship.percent"]?.laitMeasure == "LAC_ceased_SGO%")
    }
}
