import Testing
import SafeguardingData
import SafeguardingMetrics

@Suite("Diagnostics: summary and groups")
struct DiagnosticsTests {
    let list = Diagnostics([
        Diagnostic(.warning, kind: "no_values", location: "f.csv:11", subject: "A", message: "no values"),
        Diagnostic(.info, kind: "blank_target", location: "f.csv:3", subject: "B", message: "blank"),
        Diagnostic(.error, kind: "scale_mismatch", location: "f.csv:2:7", subject: "C", message: "per 100,000"),
        Diagnostic(.warning, kind: "no_values", location: "f.csv:12", subject: "D", message: "no values"),
        Diagnostic(.warning, kind: "no_values", location: "f.csv:13", subject: "E", message: "no values"),
    ], examplesPerKind: 2)

    @Test("The summary counts by severity and by kind, errors first")
    func summary() {
        #expect(list.count(.warning) == 3)
        #expect(list.summary == "1 error, 3 warnings, 1 note: 1 scale_mismatch, 3 no_values, 1 blank_target")
        #expect(list.groups.map(\.kind) == ["scale_mismatch", "no_values", "blank_target"])
        #expect(Diagnostics().summary == "no problems" && Diagnostics().lines(.verbose).isEmpty)
    }

    @Test("Normal detail shows the first few of each kind and how many more; verbose every one; quiet the summary")
    func detail() {
        let normal = list.lines(.normal)
        #expect(normal[0] == list.summary)
        #expect(normal.contains("no_values (3 warnings):"))
        #expect(normal.contains("  f.csv:11: warning no_values: A no values"))
        #expect(!normal.contains("  f.csv:13: warning no_values: E no values"))
        #expect(normal.contains("  … and 1 more (--verbose shows every one)"))
        #expect(list.lines(.verbose).contains("  f.csv:13: warning no_values: E no values"))
        #expect(list.lines(.quiet) == [list.summary])
        var full = list
        full.kindsInFull = ["no_values"]
        #expect(full.lines(.normal).contains("  f.csv:13: warning no_values: E no values"))
    }
}
