import Testing
import SafeguardingMetrics

@Suite("Comparing framework versions")
struct FrameworkVersionTests {
    let d = Rows.d

    @Test("A renamed indicator and an inverted polarity are reported, with additions and drops")
    func renamedAndInverted() {
        let october = OutcomesFramework(name: "Blackpool", version: "2023-10", indicators: [
            Rows.row(id: "OF1-03", polarity: .lower, title: "Referral Rate per 10000", [.baseline("2023-04", d("833"))]),
            Rows.row(id: "OF1-04", unit: .percentage, polarity: .lower, title: "% repeat referrals", []),
            Rows.row(id: "OF1-05", polarity: .none, title: "Rate of assessments completed", []),
            Rows.row(id: "OF2-01", unit: .count, polarity: .higher, title: "Family Group Conferences", []),
        ])
        let january = OutcomesFramework(name: "Blackpool", version: "2024-01", indicators: [
            Rows.row(id: "OF1-03", polarity: .higher, title: "Referrals per 10,000 children", [.baseline("2023-04", d("833"))]),
            Rows.row(id: "OF1-04", unit: .percentage, polarity: .lower, title: "% repeat referrals", []),
            Rows.row(id: "OF1-05", unit: .ratePer100k, polarity: .none, title: "Rate of assessments completed", []),
            Rows.row(id: "OF4-15", unit: .percentage, polarity: .hold, title: "Care leavers in suitable accommodation", []),
        ])
        let changes = january.changes(since: october)
        #expect(changes.map(\.kind) == [.renamed, .redefined, .redefined, .added, .dropped])
        #expect(changes.map(\.id) == ["OF1-03", "OF1-03", "OF1-05", "OF4-15", "OF2-01"])
        #expect(changes[0].before?.title == "Referral Rate per 10000" && changes[0].after?.title == "Referrals per 10,000 children")
        #expect(changes[1].isPolarityInverted && changes[1].polarityChanged && !changes[1].unitChanged)
        #expect(changes[1].description == "OF1-03 redefined: polarity lower → higher (inverted)")
        #expect(changes[2].unitChanged && !changes[2].polarityChanged && !changes[2].isPolarityInverted)
        #expect(changes[2].description == "OF1-05 redefined: unit rate per 10,000 → rate per 100,000")
        #expect(changes[0].description == "OF1-03 renamed: \"Referral Rate per 10000\" → \"Referrals per 10,000 children\"")
        #expect(changes[3].before == nil && changes[4].after == nil)
    }

    @Test("A version compared with itself has no changes, and a polarity turned to hold is not an inversion")
    func sameVersion() {
        let framework = Rows.framework(Rows.workedExample)
        #expect(framework.changes(since: framework).isEmpty)
        var held = Rows.workedExample
        held.polarity = .hold
        let changes = Rows.framework(held).changes(since: framework)
        #expect(changes.map(\.kind) == [.redefined] && !changes[0].isPolarityInverted)
    }
}
