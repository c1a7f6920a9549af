import Testing
import SafeguardingMetrics

@Suite("Framework validation")
struct FrameworkValidationTests {
    let d = Rows.d

    func kinds(_ rows: FrameworkIndicator..., computed: [ComputedActual] = []) -> [FrameworkIssueKind] {
        OutcomesFramework(name: "T", version: "1", indicators: rows).validate(against: computed).map(\.kind)
    }

    @Test("Cells are read as councils write them; blanks and TBC are kept, unreadable text is kept as written")
    func readingCells() {
        #expect(FrameworkEntry(reading: "384/10,000", unit: .ratePer10k) == .value(d("384")))
        #expect(FrameworkEntry(reading: "14.5%", unit: .percentage) == .value(d("14.5")))
        #expect(FrameworkEntry(reading: "  ", unit: .percentage) == .blank)
        #expect(FrameworkEntry(reading: "tbc", unit: .percentage) == .toBeConfirmed)
        #expect(FrameworkEntry(reading: "To be confirmed", unit: .count) == .toBeConfirmed)
        #expect(FrameworkEntry(reading: "400/100000", unit: .ratePer10k) == .unreadable("400/100000"))
        #expect(FrameworkEntry(reading: "n/a", unit: .count) == .unreadable("n/a"))
        #expect(FrameworkEntry.value(d("384")).written(for: .ratePer10k) == "384/10,000")
        #expect(FrameworkEntry.toBeConfirmed.written(for: .ratePer10k) == "TBC")
    }

    @Test("A value on the wrong scale is a scale mismatch at its point; other unreadable text is reported too")
    func scaleMismatch() {
        let row = Rows.row([.baseline("2023-04", d("384")),
                            FrameworkPoint(.target, "2023-10", FrameworkEntry(reading: "400/100000", unit: .ratePer10k)),
                            FrameworkPoint(.target, "2024-03", .unreadable("about 400"))])
        let findings = Rows.framework(row).validate()
        #expect(findings.map(\.kind) == [.scaleMismatch, .unreadableValue])
        #expect(findings[0].field == .point(1) && findings[0].date == "2023-10" && findings[0].severity == .error)
        #expect(findings[0].message.contains("400/100000") && findings[0].message.contains("per 100,000"))
        #expect(findings[1].field == .point(2))
    }

    @Test("Percentages over 100 are reported; 100 itself is not")
    func percentagesOver100() {
        let row = Rows.row(unit: .percentage, polarity: .higher,
                           [.baseline("2023-04", d("89")), .target("2024-03", d("100")), .target("2024-10", d("100.1"))])
        let findings = Rows.framework(row).validate()
        #expect(findings.map(\.kind) == [.percentageOver100])
        #expect(findings[0].field == .point(2))
    }

    @Test("A numerator above its denominator, and a value that disagrees with its counts, are reported")
    func counts() {
        let row = Rows.row(unit: .percentage, polarity: .lower, decimals: 1, [
            .baseline("2023-04", d("18.8")),
            .actual("2023-10", d("18.8"), numerator: 42, denominator: 224),   // 18.75 → 18.8: agrees
            .actual("2024-01", d("18.7"), numerator: 42, denominator: 224),   // disagrees
            .actual("2024-03", d("100"), numerator: 12, denominator: 10),
        ])
        let findings = Rows.framework(row).validate()
        #expect(findings.map(\.kind) == [.valueDisagreesWithCounts, .numeratorAboveDenominator])
        #expect(findings.map(\.field) == [.point(2), .numerator(3)])
    }

    @Test("Duplicate identifiers are reported on the later row")
    func duplicateIDs() {
        let first = Rows.row(id: "OF1-06", [.baseline("2023-04", d("39"))])
        let findings = Rows.framework(first, Rows.row(id: "OF1-07", [.baseline("2023-04", d("82"))]), first).validate()
        #expect(findings.map(\.kind) == [.duplicateID])
        #expect(findings[0].row == 2 && findings[0].field == .id)
    }

    @Test("Targets dated before the baseline are reported, including by month-end convention")
    func targetsBeforeBaseline() {
        let row = Rows.row([.baseline("2023-04-15", d("833")), .target("2023-03", d("825")),
                            .target("2023-04", d("820")), FrameworkPoint(.target, "2023-01", .blank)])
        let findings = Rows.framework(row).validate()
        #expect(findings.map(\.kind) == [.targetBeforeBaseline])   // 2023-04 is 30 April, after the 15th
        #expect(findings[0].field == .point(1))
    }

    @Test("A row with values but no baseline lacks a baseline; a row with no values is only that")
    func missingBaselineAndNoValues() {
        #expect(kinds(Rows.row([FrameworkPoint(.baseline, "2023-04", .blank), .target("2023-10", d("825"))]))
            == [.missingBaseline])
        #expect(kinds(Rows.row([.target("2023-10", d("825"))])) == [.missingBaseline])
        #expect(kinds(Rows.row([FrameworkPoint(.baseline, "2023-04", .blank), FrameworkPoint(.target, "2023-10", .blank),
                                FrameworkPoint(.actual, "2023-10", .toBeConfirmed)])) == [.noValues])
        #expect(kinds(Rows.row([])) == [.noValues])
        let findings = Rows.framework(Rows.row([FrameworkPoint(.baseline, "2023-04", .toBeConfirmed),
                                                .target("2023-10", d("825"))])).validate()
        #expect(findings.first?.field == .point(0))
    }

    @Test("Blank and TBC cells are allowed and are not findings")
    func blanksAreAllowed() {
        #expect(kinds(Rows.row([.baseline("2023-04", d("50")), FrameworkPoint(.target, "2023-10", .blank),
                                FrameworkPoint(.actual, "2023-10", .toBeConfirmed), .target("2024-03", d("80")),
                                FrameworkPoint(.target, "2024-10", .toBeConfirmed)])).isEmpty)
    }

    @Test("A second value of a kind at the same date, and baselines at two dates, are reported")
    func duplicatePoints() {
        #expect(kinds(Rows.row([.baseline("2023-04", d("833")), .target("2023-10", d("825")),
                                .target("2023-10-31", d("820"))])) == [.duplicatePoint])
        #expect(kinds(Rows.row([.baseline("2023-04", d("833")), .baseline("2023-05", d("830"))])) == [.multipleBaselines])
    }

    @Test("A typed-in actual that differs from the computed one at display precision is reported")
    func disagreesWithComputed() {
        let row = Rows.row(id: "OF1-03", computedID: "referrals.rate",
                           [.baseline("2023-04", d("833")), .actual("2023-10", d("798")), .actual("2024-03", d("790"))])
        let agrees = ComputedActual(indicator: "referrals.rate", date: "2023-10-31", rate: RatePer10k(2_160, of: 27_069))
        #expect(agrees.rounded(toDecimals: 0) == d("798"))
        let differs = ComputedActual(indicator: "referrals.rate", date: "2024-03", rate: RatePer10k(2_200, of: 27_069))
        let other = ComputedActual(indicator: "cla.rate", date: "2024-03", rate: RatePer10k(1, of: 27_069))
        let findings = Rows.framework(row).validate(against: [agrees, differs, other])
        #expect(findings.map(\.kind) == [.disagreesWithComputed])
        #expect(findings[0].field == .point(2) && findings[0].message.contains("813/10,000"))
        let wrongUnit = ComputedActual(indicator: "referrals.rate", date: "2024-03", rate: Percentage(1, of: 2))
        #expect(kinds(row, computed: [wrongUnit]) == [.computedUnitMismatch])
    }

    @Test("Every finding kind has a snake-case code and a severity")
    func codes() {
        for kind in FrameworkIssueKind.allCases {
            #expect(kind.rawValue.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber })
        }
        #expect(FrameworkIssueKind.percentageOver100.rawValue == "percentage_over_100")
        #expect(FrameworkIssueKind.noValues.severity == .warning && FrameworkIssueKind.tbcTarget.severity == .info)
        #expect(DataProblem.Severity.info < .warning && DataProblem.Severity.warning < .error)
    }
}
