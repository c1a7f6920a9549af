extension SSDA903XMLReader {
    /// Reads one SSDA903 XML return held in memory into `builder`, exactly as
    /// ``read(file:context:into:)`` reads a file; the file's name stands in for the path in the
    /// report and every location, and its folders (`…/<LA code>/<YYYY>/…`) place the return when
    /// no `context` is given.
    ///
    /// - Throws: ``DataError`` when the bytes are not SSDA903 XML, the return cannot be placed, it
    ///   is not a whole document, or a piece of it is past ``limits``.
    /// - Complexity: O(n) in the file's size.
    public func read(_ file: DataFile, context: ReturnContext?, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        var claims = ReturnClaims()
        return try read(path: file.name, open: { XMLTokenizer(bytes: file.bytes, name: file.name, limits: limits) }, context: context,
                        into: &builder, claims: &claims)
    }
}
