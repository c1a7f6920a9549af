import Foundation
import Testing
import SafeguardingMetrics
@testable import SafeguardingData

/// The DocC article of the indicator definitions is generated from the catalogue
/// (`Scripts/generate-indicator-docs.sh`); this test fails when the committed article and the
/// definitions disagree. With `SAFEGUARDING_WRITE_INDICATOR_DOCS=1` in the environment it writes
/// the article instead, which is what the script does.
@Suite("Indicator documentation")
struct IndicatorDocumentationTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/SafeguardingMetrics.docc/IndicatorDefinitions.md").path

    @Test("The committed IndicatorDefinitions article is the one the definitions generate")
    func articleMatchesDefinitions() throws {
        let article = IndicatorList(.standard).article()
        if ProcessInfo.processInfo.environment["SAFEGUARDING_WRITE_INDICATOR_DOCS"] == "1" {
            try Data(article.utf8).write(to: URL(fileURLWithPath: Self.path), options: .atomic)
        }
        let committed = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(committed == article,
                "Documentation/SafeguardingMetrics.docc/IndicatorDefinitions.md is out of date: run Scripts/generate-indicator-docs.sh")
        for indicator in IndicatorCatalogue.standard.indicators {
            #expect(committed.contains("### \(indicator.title)\n\n`\(indicator.id)` · "), "\(indicator.id)")
        }
    }
}
