import Testing
import SafeguardingData
import SafeguardingMetrics

@Suite("Linking a framework's rows to computed indicators")
struct FrameworkLinksTests {
    func blackpool() throws -> LoadedFramework {
        try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
    }

    /// The demonstration links OF2-03 (a count of children returned home) and OF3-05 (a count of
    /// children in pre-proceedings) to the numerators of a percentage and a rate, choices no
    /// title-and-unit match makes; and it leaves OF4-14 ("sustained" EET, "need to clarify the
    /// measure") typed in, although its title and unit match the 17-21 share.
    static let demonstrationOnly: [FrameworkRowID] = ["OF2-03", "OF3-05"]
    static let suggestedOnly: FrameworkRowID = "OF4-14"

    @Test("Blackpool without computed_id gets the demonstration's links as suggestions (but its count row), and nothing is linked")
    func blackpoolSuggestionsAreTheDemonstrationLinks() throws {
        let links = FrameworkLinks(framework: try blackpool().framework)
        #expect(links.links.count == 40)
        #expect(links.links.allSatisfy { $0.indicator == nil })
        var suggested = Dictionary(uniqueKeysWithValues: links.suggested.map { ($0.row, $0.candidates[0]) })
        #expect(suggested.removeValue(forKey: Self.suggestedOnly) == "care_leavers.eet.age_17_21.percent")
        var expected = Demonstration.links
        for row in Self.demonstrationOnly { #expect(expected.removeValue(forKey: row) != nil) }
        #expect(suggested == expected)
    }

    @Test("Rows with no age band suggest the 17-21 share, and audits, early help and attendance rows match nothing")
    func blackpoolRowsNotSuggested() throws {
        let links = FrameworkLinks(framework: try blackpool().framework)
        let byRow = Dictionary(uniqueKeysWithValues: links.links.map { ($0.row, $0) })
        #expect(byRow["OF4-11"]?.state == .suggested("care_leavers.in_touch.age_17_21.percent"))
        #expect(byRow["OF4-12"]?.state == .suggested("care_leavers.eet.age_17_18.percent"))
        for row in ["OF1-01", "OF1-02", "OF1-07", "OF2-01", "OF3-05", "OF4-10", "PO-01", "PO-04", "PO-08"] {
            #expect(byRow[FrameworkRowID(rawValue: row)]?.state == .unmatched, "\(row)")
        }
        #expect(byRow["OF1-03"]?.reason.contains("add the column computed_id with the value referrals.rate") == true)
    }

    @Test("The demonstration's framework has every suggested row linked but OF4-14, and only those")
    func demonstrationIsLinked() throws {
        let links = FrameworkLinks(framework: try Demonstration.framework().framework)
        #expect(links.links.compactMap(\.indicator).count == 25)
        #expect(links.suggested.map(\.row) == [Self.suggestedOnly])
    }

    @Test("An unknown computed_id is an error at its cell naming the nearest identifiers")
    func unknownComputedID() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array("""
            id,outcome,indicator,unit,polarity,computed_id,baseline 2023-04
            A1,Safety,Section 47 enquiries,per 10000,lower,s47.rat,478
            A2,Safety,Children in care,per 10000,lower,cla.rate,184

            """.utf8), to: "framework.csv")
        let loaded = try FrameworkCSV.read(path: path)
        let links = FrameworkLinks(framework: loaded.framework, sourceMap: loaded.sourceMap)
        #expect(links.links[0].state == .unknown("s47.rat", nearest: ["s47.rate", "cin.rate", "cpp.rate"]))
        #expect(links.links[1].state == .linked("cla.rate"))
        #expect(links.problems.count == 1)
        let problem = try #require(links.problems.first)
        #expect(problem.kind == .unknownComputedID && problem.severity == .error)
        #expect(problem.location?.line == 2 && problem.location?.column == 6)
        #expect(problem.description.contains("did you mean s47.rate"))
        #expect(problem.description.contains("indicators --list"))
        #expect(links.headerLines == ["Not linked, computed_id unknown (1): A1 s47.rat (nearest s47.rate)"])
    }

    @Test("Edit distance ranks the nearest identifiers")
    func nearestIdentifiers() {
        #expect(IndicatorCatalogue.standard.nearest(to: "cpp.rat", limit: 1) == ["cpp.rate"])
        #expect(IndicatorCatalogue.standard.nearest(to: "sdq.averge", limit: 1) == ["sdq.average"])
        #expect(IndicatorCatalogue.standard.nearest(to: "x", limit: 0).isEmpty)
    }

    @Test("The matcher reads wording it was not written for: plurals, abbreviations and implied ideas")
    func matcherWording() {
        let matcher = IndicatorMatcher.standard
        #expect(matcher.suggestion(title: "CP plans per 10k", unit: .ratePer10k) == .indicator("cpp.rate"))
        #expect(matcher.suggestion(title: "Re-referrals (%)", unit: .percentage) ==
            .indicator("referrals.repeat_within_12_months.percent"))
        #expect(matcher.suggestion(title: "Referral Rate per 10000", unit: .percentage) != .indicator("referrals.rate"))
        #expect(matcher.suggestion(title: "Children looked after in foster care", unit: .percentage, polarity: .lower)
            == .none)
        #expect(matcher.suggestion(title: "Early help assessments", unit: .ratePer10k) == .none)
        #expect(matcher.concepts(in: "Rate of new entrants to care") == ["started", "looked_after"])
    }
}
