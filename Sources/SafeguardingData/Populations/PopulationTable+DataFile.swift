import SafeguardingMetrics

extension PopulationTable {
    /// Reads population estimates held in memory, in either layout ``read(path:vintage:directory:)``
    /// reads; the file's name stands in for the path in the report and every location.
    ///
    /// - Parameters:
    ///   - file: the file's bytes and name.
    ///   - vintage: recorded on every figure; the file's name when not given.
    ///   - directory: resolves authorities to their E-codes.
    /// - Throws: ``SafeguardingData/DataError`` when the bytes have neither layout's columns.
    /// - Complexity: O(n) in the rows of the file.
    public static func read(_ file: DataFile, vintage: String? = nil,
                            directory: LocalAuthorityDirectory) throws(DataError) -> ReadResult<PopulationTable> {
        try read(CSVReader(bytes: file.bytes, name: file.name), vintage: vintage, directory: directory)
    }
}
