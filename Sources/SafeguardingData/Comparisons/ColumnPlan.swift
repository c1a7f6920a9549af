import SafeguardingMetrics

/// How to read one mapped indicator from a row: the column indices and the published precision.
struct ColumnPlan {
    let indicator: IndicatorID
    let value: Int
    let numerator: Int?
    let denominator: Int?
    /// The indicator's published decimal places, when the catalogue defines it.
    let decimals: Int?

    /// One plan per mapping, given the indices of the mapped columns in the order
    /// value, numerator, denominator for each mapping (as ``PublishedColumn`` lists them).
    static func plans(_ columns: [PublishedColumn], indices: [Int], catalogue: IndicatorCatalogue) -> [ColumnPlan] {
        var position = 0
        return columns.map { column in
            let value = indices[position]
            position += 1
            var numerator: Int?, denominator: Int?
            if column.numerator != nil { numerator = indices[position]; position += 1 }
            if column.denominator != nil { denominator = indices[position]; position += 1 }
            return ColumnPlan(indicator: column.indicator, value: value, numerator: numerator, denominator: denominator,
                              decimals: catalogue[column.indicator]?.decimals)
        }
    }

    /// The value in the current row, or `nil` when the value cell is empty or unreadable (the
    /// latter with a warning).
    func read(_ reader: CSVReader, header: CSVHeader, line: Int, warnings: inout [DataProblem]) -> IndicatorValue? {
        let text = reader.trimmed(value)
        if text.isEmpty { return nil }
        guard var published = PublishedValue(text) else {
            warnings.append(DataProblem("\(DataProblem.quote(text)) is neither a number nor a published symbol; left out",
                                        at: header.location(line: line, column: value), severity: .warning))
            return nil
        }
        if case .number(let number) = published, let decimals, number.decimals > decimals {
            published = .number(ColumnPlan.removingFloatingPointNoise(number, decimals: decimals))
        }
        return IndicatorValue(published: published, numerator: count(reader, numerator, header, line, &warnings),
                              denominator: count(reader, denominator, header, line, &warnings))
    }

    /// `number` rounded to `decimals` when it differs from that by less than 10⁻⁽ᵈ⁺⁶⁾, as a binary
    /// double printed with 17 digits does (`300.89999999999998` for 300.9); otherwise unchanged.
    static func removingFloatingPointNoise(_ number: FixedDecimal, decimals: Int) -> FixedDecimal {
        let rounded = number.rounded(toDecimals: decimals)
        guard number.decimals > decimals + 6 else { return number }
        let noise = number.subtracting(rounded)
        let limit = FixedDecimal(units: 1, decimals: decimals + 6)
        return noise < limit && FixedDecimal(units: -1, decimals: decimals + 6) < noise ? rounded : number
    }

    private func count(_ reader: CSVReader, _ column: Int?, _ header: CSVHeader, _ line: Int,
                       _ warnings: inout [DataProblem]) -> Int64? {
        guard let column else { return nil }
        let text = reader.trimmed(column)
        if text.isEmpty || PublishedValue(text)?.symbol != nil { return nil }
        if let count = wholeNumber(text), count >= 0 { return count }
        warnings.append(DataProblem("\(DataProblem.quote(text)) is not a count; left out",
                                    at: header.location(line: line, column: column), severity: .warning))
        return nil
    }
}
