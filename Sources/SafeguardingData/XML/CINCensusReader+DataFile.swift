extension CINCensusReader {
    /// Reads one CIN census held in memory into `builder`, exactly as ``read(file:context:into:)``
    /// reads a file; the file's name stands in for the path in the report and every location.
    ///
    /// - Parameters:
    ///   - file: the census's bytes and name.
    ///   - context: used when the census has no usable header.
    ///   - builder: the cohort being built, which the records are added to.
    /// - Throws: ``DataError`` when the bytes are not a CIN census, cannot be placed, are not a
    ///   whole document, or a piece of them is past ``limits``.
    /// - Complexity: O(n) in the file's size.
    public func read(_ file: DataFile, context: ReturnContext? = nil,
                     into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        var claims = ReturnClaims()
        return try read(XMLTokenizer(bytes: file.bytes, name: file.name, limits: limits), context: context, into: &builder, claims: &claims)
    }
}
