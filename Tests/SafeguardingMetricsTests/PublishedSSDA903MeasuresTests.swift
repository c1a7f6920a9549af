import Testing
import SafeguardingMetrics

/// Recomputes the DfE's published authority figures behind the SSDA903 measures of issue 21 from
/// their published numerators and denominators (fixtures written by
/// Scripts/extract-ssda903-measure-fixtures.py from the project's shared reference data; Open
/// Government Licence v3.0).
///
/// - `oc2_health_outcomes_2021_2025.csv`: the DfE's OC2 outcomes by authority
///   (`la_conviction_health_outcome_cla`, 2021-2025): health and dental checks, immunisations,
///   substance misuse, convictions and development assessments, each with its own denominator.
/// - `care_leavers_19_21_activity_2021_2025.csv`: the DfE's care-leaver activity file, the 19-21 band.
/// - `lait_adoption_kinds_2016_2025.csv`: LAIT's adoptions by kind over all adoptions.
@Suite("Published figures of the SSDA903 measures of issue 21")
struct PublishedSSDA903MeasuresTests {
    typealias Column = PublishedPercentageColumn

    static let oc2 = "oc2_health_outcomes_2021_2025.csv"
    static let leavers = "care_leavers_19_21_activity_2021_2025.csv"
    static let adoption = "lait_adoption_kinds_2016_2025.csv"

    static let columns: [Column] = [
        Column(fixture: oc2, indicator: "oc2.health_assessment.percent", numerator: "health_count",
               denominator: "health_total", published: "health_percent", expected: 751),
        Column(fixture: oc2, indicator: "oc2.immunisations.percent", numerator: "immunised_count",
               denominator: "immunised_total", published: "immunised_percent", expected: 750),
        Column(fixture: oc2, indicator: "oc2.dental_check.percent", numerator: "teeth_count",
               denominator: "teeth_total", published: "teeth_percent", expected: 750),
        Column(fixture: oc2, indicator: "oc2.substance_misuse.percent", numerator: "substance_count",
               denominator: "substance_total", published: "substance_percent", expected: 586),
        Column(fixture: oc2, indicator: "oc2.convictions.percent", numerator: "convicted_count",
               denominator: "convicted_total", published: "convicted_percent", expected: 440),
        Column(fixture: oc2, indicator: "oc2.development_assessment.percent", numerator: "development_count",
               denominator: "development_total", published: "development_percent", expected: 671),
        Column(fixture: leavers, indicator: "care_leavers.higher_education.age_19_21.percent", numerator: "he_count",
               denominator: "total", published: "he_percent", expected: 355),
        Column(fixture: leavers, indicator: "care_leavers.neet.age_19_21.percent", numerator: "neet_count",
               denominator: "total", published: "neet_percent", expected: 751),
        Column(fixture: adoption, indicator: "cla.ceased.adopted_application_unopposed.percent", numerator: "unopposed",
               denominator: "adopted", published: "unopposed_percent", expected: 486),
        Column(fixture: adoption, indicator: "cla.ceased.adopted_consent_dispensed.percent", numerator: "consent_dispensed",
               denominator: "adopted", published: "consent_dispensed_percent", expected: 486),
    ]

    @Test("Every published authority percentage recomputes from its published counts, rounded half up to a whole number",
          arguments: columns)
    func recomputes(column: Column) throws {
        let (checked, roundsToZero) = try column.recompute()
        #expect(roundsToZero <= checked / 10, "\(roundsToZero) of \(checked) published as k")
    }

    @Test("The 2025 figures are among those recomputed: every authority with published counts for the health assessment")
    func recentYear() throws {
        let recent = try Fixture.csvRows(Self.oc2).filter { $0["time_period"] == "2025" && Int64($0["health_count"] ?? "") != nil }
        #expect(recent.count >= 150)
    }

    @Test("The LAIT measures of the recomputed percentages are the indicators'")
    func laitMeasures() {
        let expected: [IndicatorID: String] = [
            "oc2.health_assessment.percent": "LACHealth%", "oc2.immunisations.percent": "LACVaccinations%",
            "oc2.dental_check.percent": "LACDental%", "oc2.substance_misuse.percent": "LACSubstance",
            "oc2.convictions.percent": "LAC_Convictions", "care_leavers.higher_education.age_19_21.percent": "LAC_19_HE",
            "care_leavers.neet.age_19_21.percent": "CareLeaversNEET",
            "cla.ceased.adopted_application_unopposed.percent": "LAC%_Adopt_AppUnop",
            "cla.ceased.adopted_consent_dispensed.percent": "LAC%_Adopt_ConsentDisp",
        ]
        for (id, measure) in expected { #expect(IndicatorCatalogue.standard[id]?.laitMeasure == measure, "\(id)") }
    }
}
