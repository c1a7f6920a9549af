import Testing
import SafeguardingMetrics

/// Recomputes the DfE's published local-authority figures from their numerators and denominators.
@Suite("Published DfE figures")
struct PublishedFiguresTests {
    /// A published column of `la_csc_indicators_2024_2025.csv` with the columns it is computed from
    /// (INDICATORS.md §8).
    struct Column: Sendable, CustomTestStringConvertible {
        let indicator: String
        let published: String
        let numerator: String
        let denominator: String
        let scale: Int64
        let decimals: Int
        /// LAIT values were stored as binary doubles, and some cells carry their 17-digit form
        /// (`300.89999999999998` for 300.9).
        var isLAIT: Bool { published.hasPrefix("lait_") }
        var testDescription: String { "\(indicator) (\(published))" }
    }

    static let columns: [Column] = [
        Column(indicator: "cla.rate", published: "cla_31mar_rate_per_10000", numerator: "cla_31mar_count",
               denominator: "pop_0_17_prev_mid_year", scale: 10_000, decimals: 0),
        Column(indicator: "cla.started.rate", published: "cla_started_rate_per_10000", numerator: "cla_started_count",
               denominator: "pop_0_17_prev_mid_year", scale: 10_000, decimals: 0),
        Column(indicator: "cla.ceased.rate", published: "cla_ceased_rate_per_10000", numerator: "cla_ceased_count",
               denominator: "pop_0_17_prev_mid_year", scale: 10_000, decimals: 0),
        Column(indicator: "referrals.repeat_within_12_months.percent", published: "rereferral_percent",
               numerator: "rereferral_count", denominator: "referral_count", scale: 100, decimals: 1),
        Column(indicator: "cpp.second_or_subsequent.percent", published: "cpp_subsequent_percent",
               numerator: "cpp_subsequent", denominator: "cpp_start", scale: 100, decimals: 1),
        Column(indicator: "cpp.open_2_years_or_more.percent", published: "cpp_31mar_2yrs_plus_percent",
               numerator: "cpp_31mar_2yrs_plus", denominator: "cpp_31mar_count", scale: 100, decimals: 1),
        Column(indicator: "cla.stability.three_or_more_placements.percent", published: "stab_3plus_percent",
               numerator: "stab_3plus_count", denominator: "stab_cla_31mar_total", scale: 100, decimals: 0),
        Column(indicator: "cla.stability.long_term.percent", published: "stab_longterm_percent",
               numerator: "stab_longterm_count", denominator: "stab_longterm_total", scale: 100, decimals: 0),
        Column(indicator: "care_leavers.eet.age_17_18.percent", published: "cl17_18_eet_percent",
               numerator: "cl17_18_eet_count", denominator: "cl17_18_total", scale: 100, decimals: 0),
        Column(indicator: "care_leavers.eet.age_19_21.percent", published: "cl19_21_eet_percent",
               numerator: "cl19_21_eet_count", denominator: "cl19_21_total", scale: 100, decimals: 0),
        Column(indicator: "sdq.concern.percent", published: "sdq_concern_percent",
               numerator: "sdq_concern", denominator: "sdq_received", scale: 100, decimals: 0),
        Column(indicator: "cin.rate", published: "lait_cin_rate_per_10000", numerator: "cin_31mar_count",
               denominator: "pop_0_17_prev_mid_year", scale: 10_000, decimals: 1),
        Column(indicator: "cpp.rate", published: "lait_cpp_31mar_rate_per_10000", numerator: "cpp_31mar_count",
               denominator: "pop_0_17_prev_mid_year", scale: 10_000, decimals: 1),
        Column(indicator: "referrals.rate", published: "lait_referral_rate_per_10000", numerator: "referral_count",
               denominator: "pop_0_17_prev_mid_year", scale: 10_000, decimals: 1),
    ]

    /// Rows checked per column: every local-authority row with a numeric numerator and a
    /// positive numeric denominator (4,116 values in all).
    static let expectedCounts: [String: Int] = [
        "cla_31mar_rate_per_10000": 303, "cla_started_rate_per_10000": 304, "cla_ceased_rate_per_10000": 304,
        "rereferral_percent": 302, "cpp_subsequent_percent": 301, "cpp_31mar_2yrs_plus_percent": 191,
        "stab_3plus_percent": 299, "stab_longterm_percent": 299, "cl17_18_eet_percent": 302,
        "cl19_21_eet_percent": 304, "sdq_concern_percent": 296, "lait_cin_rate_per_10000": 305,
        "lait_cpp_31mar_rate_per_10000": 302, "lait_referral_rate_per_10000": 304,
    ]

    static func localAuthorityRows() throws -> [[String: String]] {
        try Fixture.csvRows("la_csc_indicators_2024_2025.csv").filter { $0["geographic_level"] == "Local authority" }
    }

    @Test("Every local-authority figure recomputes to the published value", arguments: columns)
    func recomputesPublishedValues(column: Column) throws {
        var checked = 0
        for row in try Self.localAuthorityRows() {
            guard let numerator = Int64(row[column.numerator]!), let denominator = Int64(row[column.denominator]!),
                  denominator > 0 else { continue }
            let cell = row[column.published]!
            let published = try #require(PublishedValue(cell), "unreadable cell '\(cell)'")
            let publishedNumber = try #require(published.number, "\(row["la_name"]!): published '\(cell)' although \(numerator)/\(denominator) is known")
            let computed = try #require(Rounding.halfUp(numerator: numerator, denominator: denominator,
                                                        scale: column.scale, decimals: column.decimals))
            let matches = computed == publishedNumber
                || (column.isLAIT && computed.doubleValue == Double(cell))
            #expect(matches, "\(row["la_name"]!) \(row["time_period"]!): \(numerator)/\(denominator) gives \(computed), published \(cell)")
            checked += 1
        }
        #expect(checked == Self.expectedCounts[column.published])
    }

    @Test("The recomputation covers 4,116 published values")
    func totalChecked() {
        #expect(Self.expectedCounts.values.reduce(0, +) == 4_116)
        #expect(Set(Self.columns.map(\.published)) == Set(Self.expectedCounts.keys))
    }

    /// The suitable-accommodation percentages are not `suitable_count / total`: in 151 of 387
    /// local-authority rows the published value is higher, because the DfE's denominator leaves out
    /// care leavers whose accommodation is not known, and the file does not carry that
    /// denominator. What can be checked is that some denominator between the count and the total
    /// reproduces every published value.
    @Test("Published suitable-accommodation percentages are consistent with a denominator no larger than the total",
          arguments: ["cl17_18", "cl19_21"])
    func suitableAccommodationDenominator(band: String) throws {
        var rows = 0
        var exactlyTotal = 0
        for row in try Self.localAuthorityRows() {
            guard let count = Int64(row["\(band)_suitable_count"]!), let total = Int64(row["\(band)_total"]!),
                  total > 0, let published = PublishedValue(row["\(band)_suitable_percent"]!)?.number else { continue }
            rows += 1
            if Percentage(count, of: total).rounded(toDecimals: 0) == published { exactlyTotal += 1 }
            let consistent = (max(count, 1)...total).contains { denominator in
                Percentage(count, of: denominator).rounded(toDecimals: 0) == published
            }
            #expect(consistent, "\(row["la_name"]!) \(row["time_period"]!)")
        }
        #expect(rows > 250)
        #expect(exactlyTotal < rows)
    }
}
