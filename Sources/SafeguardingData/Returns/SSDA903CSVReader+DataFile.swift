extension SSDA903CSVReader {
    /// Reads one SSDA903 CSV table held in memory into `builder`, exactly as ``read(file:context:into:)``
    /// reads a file; the file's name stands in for the path in the report and every location.
    ///
    /// With no `context` and no `LA` and `YEAR` columns, the name's folders (`…/<LA code>/<YYYY>/…`)
    /// say which authority and year the rows belong to, as a path's would.
    ///
    /// - Throws: ``DataError`` when the bytes are not an SSDA903 table (``DataError/Kind/notRecognised``),
    ///   lack a column the table needs, cannot be placed, or have a piece past ``limits``.
    /// - Complexity: O(n) in the file's size.
    public func read(_ file: DataFile, context: ReturnContext?, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        var claims = ReturnClaims()
        return try read(CSVReader(bytes: file.bytes, name: file.name, limits: limits),
                        context: context ?? ReturnContext(path: file.name, resolve: resolveAuthority), into: &builder, claims: &claims)
    }
}
