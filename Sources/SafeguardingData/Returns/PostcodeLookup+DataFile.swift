import SafeguardingMetrics

extension PostcodeLookup {
    /// Reads a postcode centroid file held in memory, in the layouts ``read(path:)`` reads; the
    /// file's name stands in for the path in the report and every location.
    ///
    /// - Throws: ``SafeguardingData/DataError`` when the bytes are empty or have no postcode and position columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(_ file: DataFile) throws(DataError) -> ReadResult<PostcodeLookup> {
        try read(CSVReader(bytes: file.bytes, name: file.name))
    }
}
