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
    typealias Column = PublishedPercentageColumn

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
        // Every cell of these files is a number where the counts are published: no `k`.
        #expect(try column.recompute().roundsToZero == 0)
    }

    @Test("The LAIT measures of the recomputed percentages are the indicators'")
    func laitMeasures() {
        #expect(IndicatorCatalogue.standard["cla.ceased.adopted.percent"]?.laitMeasure == "%_of LAC Adopted")
        #expect(IndicatorCatalogue.standard["cla.ceased.special_guardianship.percent"]?.laitMeasure == "LAC_ceased_SGO%")
    }
}
