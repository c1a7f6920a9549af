/// Reads CIN census XML files into a ``SafeguardingMetrics/CohortBuilder``, streaming.
///
/// Accepts every schema year in use: `GenderCurrent` (1/2/0/9) up to 2023-24 and `Sex` (M/F/U)
/// from 2024-25, booleans as `true`/`false`/`TRUE`/`FALSE`/`0`/`1`, unborn children with only an
/// `ExpectedPersonBirthDate`, empty container elements, and blocks it does not use (CIN plan
/// dates), which are skipped. It reads the 2025-26 specification's additions too: the
/// `ReferralSource`, the plans' `CPPreviewDate`s and the `PreProceedingsandFGDM` block
/// (`PPStartDate`, `StepDecisionDate`, `CourtAppDate`; its other fields are skipped).
///
/// The authority and year come from the header (`LEA`, the DfE 3-digit number, and `Year`).
/// Records counted as rows: each `Child`, `CINdetails`, `Assessments`, `Section47`,
/// `ChildProtectionPlans` and `PreProceedingsandFGDM`. A record is rejected when its key is
/// missing (a child with no `LAchildID`, a referral with no `CINreferralDate`, a plan with no
/// `CPPstartDate`, a pre-proceedings block with no `PPStartDate`), when it is outside its parent
/// (a `CINdetails` outside a `Child`, an `Assessments` or a `PreProceedingsandFGDM` outside a
/// `CINdetails`) and when it is a second pre-proceedings block of one `CINdetails` (the first is
/// kept); doubtful values are kept with a warning.
///
/// A file that is not a whole document is not read: one cut short (it ends inside an element),
/// one with anything after its root element, and one with a piece past the reader's
/// ``ReadLimits`` throw a ``DataError`` with the line where it happens.
public struct CINCensusReader: Sendable {
    /// How the header's `LEA` (or a context) becomes an authority E-code.
    public var resolveAuthority: @Sendable (String) -> String?
    /// The largest text, record and nesting the reader accepts.
    public var limits: ReadLimits

    /// Creates a reader; `resolveAuthority` maps a DfE 3-digit number or an E-code to an E-code.
    public init(resolveAuthority: @escaping @Sendable (String) -> String? = ReturnContext.bundledAuthorities,
                limits: ReadLimits = .standard) {
        self.resolveAuthority = resolveAuthority
        self.limits = limits
    }

    /// Reads one CIN census file into `builder`.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - context: used when the file has no usable header.
    ///   - builder: the cohort being built, which the records are added to.
    /// - Throws: ``DataError`` when the file cannot be read, its authority and year cannot be
    ///   told, it is not a whole document, or a piece of it is past ``limits``. `builder` may then
    ///   hold some of the file's records: discard it.
    /// - Complexity: O(n) in the file's size.
    public func read(file path: String, context: ReturnContext? = nil,
                     into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        var claims = ReturnClaims()
        return try read(XMLTokenizer(path: path, limits: limits), context: context, into: &builder, claims: &claims)
    }

    /// Reads one census from `xml` (a file, or bytes in memory) into `builder`; the tokenizer's
    /// path names it in the report and every location. Once its header places it, the census
    /// claims its return in `claims`, and is left unread when another file holds it.
    func read(_ xml: XMLTokenizer, context: ReturnContext?, into builder: inout CohortBuilder,
              claims: inout ReturnClaims) throws(DataError) -> FileReport {
        var state = CINReadState(xml: xml, report: FileReport(path: xml.path, table: "cin_census"),
                                 fileIndex: builder.file(xml.path), resolveAuthority: resolveAuthority, context: context)
        return try read(&state, into: &builder, claims: &claims, claimed: false, watchesFirstChild: false) { _, _ in }
    }

    /// Reads events into `state` until the end of the document, or of the piece of it that the
    /// tokenizer holds; with `watchesFirstChild`, `firstChild` is called once the first `Child`
    /// has started.
    func read(_ state: inout CINReadState, into builder: inout CohortBuilder, claims: inout ReturnClaims,
              claimed: Bool, watchesFirstChild: Bool,
              firstChild: (CINReadState, CohortBuilder) -> Void) throws(DataError) -> FileReport {
        var claimed = claimed
        var watching = watchesFirstChild
        let xml = state.xml
        let path = xml.path
        while true {
            let event = try xml.next()
            switch event {
            case .endOfDocument:
                if xml.stoppedAtPieceEnd { return state.report }
                guard state.sawRoot else {
                    throw DataError(.notRecognised, "not a CIN census file: no Message element", at: SourceLocation(file: path, line: 1))
                }
                state.finishDocument()
                return state.report
            case .malformed(let reason):
                state.report.warn(line: xml.line, column: xml.column, "not well-formed XML: \(reason)")
            case .start:
                try state.start()
                if watching, state.inChild {
                    watching = false
                    firstChild(state, builder)
                }
            case .text: try state.text()
            case .end:
                try state.end(&builder)
                if !claimed, let index = state.returnIndex {
                    claimed = true
                    let placed = builder.returns[Int(index)]
                    let context = ReturnContext(authority: builder.authorities[Int(placed.authority)], collectionYear: placed.collectionYear)
                    if let first = claims.claim([state.report.table], of: context, for: path) {
                        return FileReport(sameReturn: path, table: state.report.table, as: first, context: context)
                    }
                }
            }
        }
    }
}
