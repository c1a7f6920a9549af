import SafeguardingMetrics

extension IndicatorList {
    /// The list as `indicators --list` JSON: `{"indicators":[{"id","title","definition","unit",
    /// "decimals","polarity","kind","source","lait_measure", …}]}`, keys sorted, indented
    /// (``JSONLayout/sortedIndented``), written by the library's JSON writer.
    ///
    /// `definition` is the whole definition in one paragraph (``SafeguardingMetrics/IndicatorDefinition/text``);
    /// `numerator`, `denominator`, `exclusions` (an array), `records`, `notes` (an array),
    /// `lookback` (the window in words, or `null`), `requires` (`population`, `postcodes`,
    /// `tables`: names of the tables read) and `published_columns` (`value`, `numerator`,
    /// `denominator`, or `null`) give its parts; `lait_measure` is the LAIT measure's short name,
    /// or `null` where LAIT has none.
    public func json() -> String {
        do {
            return try JSONValueEncoder().encode(Document(indicators: catalogue.indicators.map(Entry.init)))
                .rendered(.sortedIndented)
        } catch {
            preconditionFailure("an indicator list failed to encode: \(error)")
        }
    }

    private struct Document: Encodable {
        var indicators: [Entry]
    }

    private struct Entry: Encodable {
        let indicator: Indicator

        enum Key: String, CodingKey {
            case id, title, definition, numerator, denominator, exclusions, records, notes, unit, decimals, polarity, kind,
                 source, lookback, requires, publishedColumns = "published_columns", laitMeasure = "lait_measure"
        }

        enum RequiresKey: String, CodingKey {
            case population, postcodes, tables
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            let definition = indicator.definition
            try container.encode(indicator.id.rawValue, forKey: .id)
            try container.encode(indicator.title, forKey: .title)
            try container.encode(definition.text, forKey: .definition)
            try container.encode(definition.numerator, forKey: .numerator)
            try container.encode(definition.denominator, forKey: .denominator)
            try container.encode(definition.exclusions, forKey: .exclusions)
            try container.encode(definition.records, forKey: .records)
            try container.encode(definition.notes, forKey: .notes)
            try container.encode(indicator.unit.rawValue, forKey: .unit)
            try container.encode(indicator.decimals, forKey: .decimals)
            try container.encode(indicator.polarity.rawValue, forKey: .polarity)
            try container.encode(indicator.kind.rawValue, forKey: .kind)
            try container.encode(indicator.source.rawValue, forKey: .source)
            try container.encode(indicator.lookback?.explanation, forKey: .lookback)
            var requires = container.nestedContainer(keyedBy: RequiresKey.self, forKey: .requires)
            try requires.encode(indicator.requirements.population, forKey: .population)
            try requires.encode(indicator.requirements.postcodes, forKey: .postcodes)
            try requires.encode(indicator.requirements.tables.names, forKey: .tables)
            try container.encode(indicator.publishedColumns.map(Columns.init), forKey: .publishedColumns)
            try container.encode(indicator.laitMeasure, forKey: .laitMeasure)
        }
    }

    private struct Columns: Encodable {
        let value: String
        let numerator: String?
        let denominator: String?

        init(_ names: PublishedColumnNames) {
            value = names.value
            numerator = names.numerator
            denominator = names.denominator
        }

        enum Key: String, CodingKey { case value, numerator, denominator }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(value, forKey: .value)
            try container.encode(numerator, forKey: .numerator)
            try container.encode(denominator, forKey: .denominator)
        }
    }
}
