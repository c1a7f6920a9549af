import Testing
import SafeguardingData
import SafeguardingMetrics

@Suite("Linking a framework's rows to computed indicators")
struct FrameworkLinksTests {
    func blackpool() throws -> LoadedFramework {
        try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
    }

    @Test("Blackpool without computed_id gets exactly the demonstration's 21 links as suggestions, and nothing is linked")
    func blackpoolSuggestionsAreTheDemonstrationLinks() throws {
        let links = FrameworkLinks(framework: try blackpool().framework)
        #expect(links.links.count == 40)
        #expect(links.links.allSatisfy { $0.indicator == nil })
        let suggested = Dictionary(uniqueKeysWithValues: links.suggested.map { ($0.row, $0.candidates[0]) })
        #expect(suggested == Demonstration.links)
    }

    @Test("Rows with no age band are ambiguous, and audits, early help and attendance rows match nothing")
    func blackpoolRowsNotSuggested() throws {
        let links = FrameworkLinks(framework: try blackpool().framework)
        let byRow = Dictionary(uniqueKeysWithValues: links.links.map { ($0.row, $0) })
        #expect(byRow["OF4-11"]?.state == .ambiguous(["care_leavers.in_touch.age_17_18.percent",
                                                      "care_leavers.in_touch.age_19_21.percent"]))
        for row in ["OF1-01", "OF1-02", "OF1-07", "OF2-01", "OF3-05", "OF4-10", "PO-01", "PO-04", "PO-08"] {
            #expect(byRow[FrameworkRowID(rawValue: row)]?.state == .unmatched, "\(row)")
        }
        #expect(byRow["OF1-03"]?.reason.contains("add the column computed_id with the value referrals.rate") == true)
    }

    @Test("The demonstration's framework has every suggested row linked, and only those")
    func demonstrationIsLinked() throws {
        let links = FrameworkLinks(framework: try Demonstration.framework().framework)
        #expect(links.links.compactMap(\.indicator).count == 21)
        #expect(links.suggested.isEmpty)
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
