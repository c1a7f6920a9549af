import SafeguardingMetrics

extension ExplanationReport {
    /// CSV: first comment lines (starting `#`) with the personal-data notice and one summary line
    /// per figure (numerator, denominator or the population and its mid-year), then the header
    /// `la,indicator,cell,child,record,key_name,key,counted_in,coverage` followed by a column per
    /// fact any record has (`earlier_referral`, `working_days`, …), and one row per record.
    /// `coverage` is empty or the coverage kinds, separated by `;`.
    public func csv() -> String {
        let facts = factNames
        var text = "# " + personalDataNotice + "\n"
        for explanation in explanations { text += "# " + ExplanationReport.summary(explanation) + "\n" }
        var csv = CSVText(header: ["la", "indicator", "cell", "child", "record", "key_name", "key", "counted_in", "coverage"]
                          + facts.map(\.rawValue))
        for explanation in explanations {
            for record in explanation.records {
                csv.append([explanation.authority, explanation.indicator.id.rawValue, record.cell, child(record),
                            record.table.rawValue, record.table.keyName, record.key?.description, record.countedIn.rawValue,
                            record.coverage.map(\.rawValue).joined(separator: ";")]
                           + facts.map { record.fact($0)?.description })
            }
        }
        return text + csv.text
    }

    /// JSON: `{"personal_data","pseudonymised","explanations":[{"la","indicator","period":{"start","end"},
    /// "cell","numerator","denominator","denominator_is_population","population":{"population",
    /// "mid_year","vintage"},"counts":{"numerator","denominator_only","excluded"},"coverage":{kind: n},
    /// "records":[{"child","record","key_name","key","counted_in","coverage":[…],"cell","facts":{name: value}}]}]}`.
    /// A fact's value is an ISO date string or a number.
    public func json() -> JSONValue {
        .object([
            ("personal_data", .string(personalDataNotice)),
            ("pseudonymised", .bool(pseudonymiser != nil)),
            ("explanations", .array(explanations.map(json))),
        ])
    }

    /// One explanation's JSON object.
    private func json(_ explanation: IndicatorExplanation) -> JSONValue {
        let population: JSONValue = explanation.population.map {
            .object([("population", .integer($0.population)), ("mid_year", .integer($0.midYear)), ("vintage", .string($0.vintage))])
        } ?? .null
        return .object([
            ("la", .string(explanation.authority)),
            ("indicator", .string(explanation.indicator.id.rawValue)),
            ("period", .object([("start", .string(explanation.period.start.description)),
                                ("end", .string(explanation.period.end.description))])),
            ("cell", .text(explanation.cell)),
            ("numerator", .integer(explanation.result.numerator)),
            ("denominator", .integer(explanation.result.denominator)),
            ("denominator_is_population", .bool(explanation.denominatorIsPopulation)),
            ("population", population),
            ("counts", .object(CountedIn.allCases.map { ($0.rawValue, .integer(explanation.count($0))) })),
            ("coverage", .object(explanation.result.coverage.map { ($0.kind.rawValue, .integer($0.count)) })),
            ("records", .array(explanation.records.map { record in
                .object([
                    ("child", .string(child(record))),
                    ("record", .string(record.table.rawValue)),
                    ("key_name", .string(record.table.keyName)),
                    ("key", .text(record.key?.description)),
                    ("counted_in", .string(record.countedIn.rawValue)),
                    ("coverage", .array(record.coverage.map { .string($0.rawValue) })),
                    ("cell", .text(record.cell)),
                    ("facts", .object(record.facts.map { fact in
                        switch fact.value {
                        case .day(let day): (fact.name.rawValue, .string(day.description))
                        case .integer(let value): (fact.name.rawValue, .integer(value))
                        }
                    })),
                ])
            })),
        ])
    }
}
