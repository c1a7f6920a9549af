import SafeguardingMetrics

extension BreakdownPopulationTable {
    /// Reads populations by breakdown cell held in memory, in the layout
    /// ``read(path:vintage:directory:)`` reads; the file's name stands in for the path in the
    /// report and every location.
    ///
    /// - Parameters:
    ///   - file: the file's bytes and name.
    ///   - vintage: recorded on every figure; the file's name when not given.
    ///   - directory: resolves authorities to their E-codes.
    /// - Throws: ``SafeguardingData/DataError`` when the bytes lack one of the columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(_ file: DataFile, vintage: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<BreakdownPopulationTable> {
        try read(CSVReader(bytes: file.bytes, name: file.name), vintage: vintage, directory: directory)
    }
}
