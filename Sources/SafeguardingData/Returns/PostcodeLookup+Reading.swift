extension PostcodeLookup {
    /// Reads a postcode centroid file: any CSV with `postcode,easting,northing` columns (metres on
    /// the British National Grid), or the ONS Postcode Directory (`pcds` or `pcd`, `oseast1m`,
    /// `osnrth1m`). Streams, so the full directory (2.7 million rows) reads in one pass.
    ///
    /// Rows with no postcode or no numeric position (terminated postcodes in the directory have
    /// none) are rejected with a reason; a postcode listed again is noted and its first position kept.
    ///
    /// - Throws: ``SafeguardingData/DataError`` when the file cannot be read or has no postcode and position columns.
    public static func read(path: String) throws(DataError) -> ReadResult<PostcodeLookup> {
        try read(CSVReader(path: path))
    }

    /// Reads a postcode file from `reader` (a file, or bytes in memory), as ``read(path:)``.
    static func read(_ reader: CSVReader) throws(DataError) -> ReadResult<PostcodeLookup> {
        let path = reader.path
        guard try reader.next(), !reader.isBlankLine else {
            throw DataError("the file is empty: expected a header line", at: SourceLocation(file: path, line: 1))
        }
        let header = reader.strings().map { $0.trimmingCharacters(in: " \t").lowercased() }
        func column(_ names: [String]) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
        guard let code = column(["postcode", "pcds", "pcd", "pcd2"]), let east = column(["easting", "oseast1m"]),
              let north = column(["northing", "osnrth1m"]) else {
            throw DataError(.missingColumns, "expected columns postcode, easting and northing (or the ONS Postcode Directory's pcds, "
                + "oseast1m and osnrth1m); " + (HeaderLine.listed(header, separator: ",").map { "found " + $0 } ?? HeaderLine.looksLikeData(header)),
                at: SourceLocation(file: path, line: 1))
        }
        var lookup = PostcodeLookup()
        var report = FileReport(path: path, table: "postcodes")
        while try reader.next() {
            if reader.isBlankLine { continue }
            let record = reader.record
            func location(_ column: Int) -> SourceLocation {
                SourceLocation(file: path, line: record.line, column: column + 1, columnName: header[column])
            }
            let easting = record.withField(east) { FixedDecimal.parse(utf8: FieldValue.trimmed($0)) }
            let northing = record.withField(north) { FixedDecimal.parse(utf8: FieldValue.trimmed($0)) }
            guard let easting, let northing, easting.decimals == 0, northing.decimals == 0,
                  (0...1_000_000).contains(easting.units), (0...1_300_000).contains(northing.units) else {
                report.reject(DataProblem("no position in metres on the British National Grid", at: location(east), severity: .error))
                continue
            }
            if record.withField(code, { FieldValue.isBlank($0) }) {
                report.reject(DataProblem("no postcode", at: location(code), severity: .error))
                continue
            }
            let added = record.withField(code) {
                lookup.add(utf8: $0, easting: Int32(easting.units), northing: Int32(northing.units))
            }
            report.accept(warnings: added ? [] : [DataProblem("\(DataProblem.quote(record.string(at: code))) is listed again; the first position is kept",
                                                              at: location(code), severity: .info)])
        }
        return ReadResult(value: lookup, report: report)
    }
}
