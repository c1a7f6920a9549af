/// Reads CIN census XML files into a ``SafeguardingMetrics/CohortBuilder``, streaming.
///
/// Accepts every schema year in use: `GenderCurrent` (1/2/0/9) up to 2023-24 and `Sex` (M/F/U)
/// from 2024-25, booleans as `true`/`false`/`TRUE`/`FALSE`/`0`/`1`, unborn children with only an
/// `ExpectedPersonBirthDate`, empty container elements, and blocks it does not use
/// (`PreProceedingsandFGDM`, reviews, CIN plan dates), which are skipped.
///
/// The authority and year come from the header (`LEA`, the DfE 3-digit number, and `Year`).
/// Records counted as rows: each `Child`, `CINdetails`, `Assessments`, `Section47` and
/// `ChildProtectionPlans`. A record is rejected when its key is missing (a child with no
/// `LAchildID`, a referral with no `CINreferralDate`, a plan with no `CPPstartDate`); doubtful
/// values are kept with a warning.
public struct CINCensusReader: Sendable {
    /// How the header's `LEA` (or a context) becomes an authority E-code.
    public var resolveAuthority: @Sendable (String) -> String?

    /// Creates a reader; `resolveAuthority` maps a DfE 3-digit number or an E-code to an E-code.
    public init(resolveAuthority: @escaping @Sendable (String) -> String? = ReturnContext.bundledAuthorities) {
        self.resolveAuthority = resolveAuthority
    }

    /// Reads one CIN census file into `builder`.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - context: used when the file has no usable header.
    ///   - builder: the cohort being built, which the records are added to.
    /// - Throws: ``DataError`` when the file cannot be read, or its authority and year cannot be told.
    /// - Complexity: O(n) in the file's size.
    public func read(file path: String, context: ReturnContext? = nil,
                     into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        try read(XMLTokenizer(path: path), context: context, into: &builder)
    }

    /// Reads one census from `xml` (a file, or bytes in memory) into `builder`; the tokenizer's
    /// path names it in the report and every location.
    func read(_ xml: XMLTokenizer, context: ReturnContext?, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        let path = xml.path
        var state = CINReadState(xml: xml, report: FileReport(path: path, table: "cin_census"),
                                 fileIndex: builder.file(path), resolveAuthority: resolveAuthority, context: context)
        while true {
            let event = try xml.next()
            switch event {
            case .endOfDocument:
                guard state.sawRoot else {
                    throw DataError(.notRecognised, "not a CIN census file: no Message element", at: SourceLocation(file: path, line: 1))
                }
                state.finishDocument()
                return state.report
            case .malformed(let reason):
                state.report.warn(line: xml.line, "not well-formed XML: \(reason)")
            case .start: state.start()
            case .text: state.text()
            case .end: try state.end(&builder)
            }
        }
    }
}
