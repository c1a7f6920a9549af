extension Indicator: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, unit, decimals, polarity, source, kind, definition, publishedColumns, laitMeasure
    }

    /// Decodes a definition. How it is counted is code, not data: a decoded indicator with a
    /// standard identifier is counted as the standard one, any other is a definition only.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let decimals = try container.decode(Int.self, forKey: .decimals)
        guard (0...6).contains(decimals) else {
            throw DecodingError.dataCorruptedError(forKey: .decimals, in: container, debugDescription: "decimals must be 0...6")
        }
        self.init(id: try container.decode(IndicatorID.self, forKey: .id),
                  title: try container.decode(String.self, forKey: .title),
                  unit: try container.decode(MeasureUnit.self, forKey: .unit), decimals: decimals,
                  polarity: try container.decode(Polarity.self, forKey: .polarity),
                  source: try container.decode(IndicatorSource.self, forKey: .source),
                  kind: try container.decode(MeasureKind.self, forKey: .kind),
                  definition: try container.decode(IndicatorDefinition.self, forKey: .definition),
                  publishedColumns: try container.decodeIfPresent(PublishedColumnNames.self, forKey: .publishedColumns),
                  laitMeasure: try container.decodeIfPresent(String.self, forKey: .laitMeasure))
    }

    /// Encodes the definition (not how it is counted).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(unit, forKey: .unit)
        try container.encode(decimals, forKey: .decimals)
        try container.encode(polarity, forKey: .polarity)
        try container.encode(source, forKey: .source)
        try container.encode(kind, forKey: .kind)
        try container.encode(definition, forKey: .definition)
        try container.encodeIfPresent(publishedColumns, forKey: .publishedColumns)
        try container.encodeIfPresent(laitMeasure, forKey: .laitMeasure)
    }
}
