import SafeguardingMetrics

/// The readers of one load, one for each kind of return file, made once from the loader's
/// settings, and the one function that reads an input with the right one.
struct FileReaders: Sendable {
    let limits: ReadLimits
    let csv: SSDA903CSVReader
    let xml: SSDA903XMLReader
    let cin: CINCensusReader
    let local: LocalTableReader

    /// The readers of `loader`'s authorities and limits.
    init(_ loader: ReturnLoader) {
        limits = loader.limits
        csv = SSDA903CSVReader(resolveAuthority: loader.resolveAuthority, limits: loader.limits)
        xml = SSDA903XMLReader(limits: loader.limits)
        cin = CINCensusReader(resolveAuthority: loader.resolveAuthority, limits: loader.limits)
        local = LocalTableReader(resolveAuthority: loader.resolveAuthority)
    }

    /// Reads `input` into `builder`, placed in `placed` when it carries no authority and year;
    /// its return's tables are claimed in `claims` (see ``ReturnClaims``).
    ///
    /// - Throws: ``DataError`` when the file cannot be read; `builder` may then hold some of its rows.
    func read(_ input: ReturnInput, placed: ReturnContext?, into builder: inout CohortBuilder,
              claims: inout ReturnClaims) throws(DataError) -> FileReport {
        let name = input.name, limits = self.limits
        switch (input.kind, input.source) {
        case (.ssda903, .path(let path)) where input.isXML:
            return try xml.read(path: path, open: { () throws(DataError) in try XMLTokenizer(path: path, limits: limits) },
                                context: placed, into: &builder, claims: &claims)
        case (.ssda903, .bytes(let file)) where input.isXML:
            return try xml.read(path: name, open: { XMLTokenizer(bytes: file.bytes, name: name, limits: limits) },
                                context: placed, into: &builder, claims: &claims)
        case (.ssda903, .path(let path)):
            return try csv.read(CSVReader(path: path, limits: limits), context: placed, into: &builder, claims: &claims)
        case (.ssda903, .bytes(let file)):
            return try csv.read(CSVReader(bytes: file.bytes, name: name, limits: limits), context: placed,
                                into: &builder, claims: &claims)
        case (.cin, .path(let path)):
            return try cin.read(XMLTokenizer(path: path, limits: limits), context: placed, into: &builder, claims: &claims)
        case (.cin, .bytes(let file)):
            return try cin.read(XMLTokenizer(bytes: file.bytes, name: name, limits: limits), context: placed,
                                into: &builder, claims: &claims)
        case (.local, .path(let path)):
            return try local.read(file: path, into: &builder)
        case (.local, .bytes(let file)):
            return try local.read(file, into: &builder)
        }
    }
}
