import Testing
import SafeguardingMetrics

/// A published whole-number percentage of a fixture and the published counts it is computed from,
/// shared by the tests that recompute the DfE's and LAIT's authority figures.
struct PublishedPercentageColumn: Sendable, CustomTestStringConvertible {
    let fixture: String
    let indicator: String
    let numerator: String
    let denominator: String
    let published: String
    /// Rows with a numeric numerator, a positive denominator and a published percentage.
    let expected: Int
    var testDescription: String { "\(indicator) (\(published))" }

    /// Recomputes every row's percentage from its counts, rounded half up to a whole number, and
    /// expects it to equal the published one; a published `k` (rounds to 0 but is not 0) is
    /// expected of a non-zero numerator whose percentage rounds to 0.
    ///
    /// Also expects the indicator to be the catalogue's, in whole-number percentages.
    /// - Returns: the rows checked and, of those, the ones published as `k`.
    func recompute() throws -> (checked: Int, roundsToZero: Int) {
        var checked = 0, roundsToZero = 0
        for row in try Fixture.csvRows(fixture) {
            guard let numerator = Int64(row[numerator] ?? ""), let denominator = Int64(row[denominator] ?? ""),
                  denominator > 0, let cell = row[published], !cell.isEmpty else { continue }
            let computed = Percentage(numerator, of: denominator).rounded(toDecimals: 0)
            checked += 1
            if PublishedValue(cell)?.symbol == .roundsToZero {
                #expect(computed?.units == 0 && numerator > 0, "\(row): \(numerator)/\(denominator) published as k")
                roundsToZero += 1
                continue
            }
            let value = try #require(PublishedValue(cell)?.number, "\(row): '\(cell)' although the counts are published")
            #expect(computed == value, "\(row): \(numerator)/\(denominator) gives \(String(describing: computed))")
        }
        #expect(checked == expected)
        let entry = try #require(IndicatorCatalogue.standard[IndicatorID(rawValue: indicator)])
        #expect(entry.unit == .percentage && entry.decimals == 0)
        return (checked, roundsToZero)
    }
}
