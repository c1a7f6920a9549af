/// Reads SSDA903 XML (`EXPSSDA903` > `CHILD` > `HEADER` + `EPISODE`*) into a ``SafeguardingMetrics/CohortBuilder``,
/// streaming, with exactly the row rules of ``SSDA903CSVReader``: each `HEADER`, `EPISODE`,
/// `AMISSING`, `OC2`, `AREVIEW`, `PERMANENCE` (a `previous_permanence` row) and `AD_PLACED` (a
/// `placed_for_adoption` row), and the header's groups of fields (the care-leaver fields
/// `IN_TOUCH`/`ACTIV`/`ACCOM` as an OC3 row, the adoption fields `DATE_INT` … `LS_ADOPTR` as an
/// `ad1` row, and `UASC`/`DUC` as a `uasc` row when `UASC` is 1) is gathered into the matching CSV columns and validated by the same code. A review
/// (`AREVIEW`: `REVIEW`, `REVIEW_CODE`) is read as a row of the CSV `reviews` table is: counted,
/// its dates checked, accepted or rejected; the cohort has no table of reviews, so no indicator
/// uses it.
///
/// The XML names differ from the CSV names (`CHILDID` for `CHILD`, `PL` for `PLACE`); dates are
/// `dd/mm/yyyy` as in the CSV files. The sample files carry no authority or year, so they come
/// from the ``ReturnContext`` (or the folder layout).
///
/// Every record is read inside its child: a `HEADER`, `EPISODE`, `AMISSING`, `OC2` or `AREVIEW` outside a
/// `CHILD`, and care-leaver fields outside a `HEADER`, are rejected with their line and column.
/// A file that is not a whole document is not read: one cut short (it ends inside an element),
/// one with anything after its root element, and one with a piece past the reader's
/// ``ReadLimits`` throw a ``DataError`` with the line where it happens.
public struct SSDA903XMLReader: Sendable {
    /// How two-digit years in dates are read.
    public var twoDigitYears: TwoDigitYearPolicy
    /// The largest text, record and nesting the reader accepts.
    public var limits: ReadLimits

    /// Creates a reader.
    public init(twoDigitYears: TwoDigitYearPolicy = .posix, limits: ReadLimits = .standard) {
        self.twoDigitYears = twoDigitYears
        self.limits = limits
    }

    /// The records of the XML and the CSV columns they are read as.
    /// In the order of ``SSDA903XMLState/Kind``. The `uasc` record has the header's `UASC` flag as
    /// a column of its own: only a child whose flag is 1 has a `uasc` row.
    static let layouts: [(table: SSDA903Table, columns: [String])] =
        [SSDA903Table.header, .episodes, .missing, .oc2, .oc3, .reviews].map { ($0, $0.standardColumns) }
        + [(.uasc, ["CHILD", "DOB", "DUC", "UASC"])]
        + [SSDA903Table.ad1, .placedForAdoption, .previousPermanence].map { ($0, $0.standardColumns) }

    /// Reads one file into `builder`.
    ///
    /// - Throws: ``DataError`` when the file cannot be read, is not SSDA903 XML, no context says
    ///   which authority and year it belongs to, it is not a whole document, or a piece of it is
    ///   past ``limits``. `builder` may then hold some of the file's records: discard it.
    /// - Complexity: O(n) in the file's size.
    public func read(file path: String, context: ReturnContext?, into builder: inout CohortBuilder) throws(DataError) -> FileReport {
        var claims = ReturnClaims()
        return try read(path: path, open: { () throws(DataError) in try XMLTokenizer(path: path, limits: limits) }, context: context,
                        into: &builder, claims: &claims)
    }

    /// Reads one return from the tokenizer `open` gives (a file, or bytes in memory) into
    /// `builder`; `path` names it in the report and every location, and may say its authority and year.
    /// Once its root element is read, the file claims every table of its return in `claims`, and
    /// is left unread when another file holds one of them.
    func read(path: String, open: () throws(DataError) -> XMLTokenizer, context: ReturnContext?,
              into builder: inout CohortBuilder, claims: inout ReturnClaims) throws(DataError) -> FileReport {
        guard let context = context ?? ReturnContext(path: path) else {
            throw DataError(.unplaced, "cannot tell which authority and year this file belongs to: SSDA903 XML carries neither; "
                + "put it in a folder …/<LA code>/<YYYY>/…", at: SourceLocation(file: path, line: 1))
        }
        let xml = try open()
        var state = SSDA903XMLState(xml: xml, path: path, fileIndex: builder.file(path), context: context,
                                    twoDigitYears: twoDigitYears)
        while true {
            switch try xml.next() {
            case .endOfDocument:
                guard state.sawRoot else {
                    throw DataError(.notRecognised, "not SSDA903 XML: no EXPSSDA903 element", at: SourceLocation(file: path, line: 1))
                }
                state.rejectOpenRecords("the document ends before this record is closed")
                return state.finish()
            case .malformed(let reason): state.extraProblems.append(
                DataProblem("not well-formed XML: \(reason)", at: SourceLocation(file: path, line: xml.line, column: xml.column),
                            severity: .warning))
            case .start:
                let claimed = state.sawRoot
                try state.start()
                if !claimed, state.sawRoot,
                   let first = claims.claim(SSDA903XMLReader.layouts.map(\.table.rawValue), of: context, for: path) {
                    return FileReport(sameReturn: path, table: "ssda903_xml", as: first, context: context)
                }
            case .text: try state.text()
            case .end: state.end(&builder)
            }
        }
    }
}

/// The state of one SSDA903 XML read.
struct SSDA903XMLState {
    enum Kind: Int, CaseIterable { case header, episode, missing, oc2, oc3, review, uasc, adoption, placedForAdoption, previousPermanence }

    /// The records gathered from fields directly inside `HEADER` (no element of their own): read
    /// when the `HEADER` closes.
    static let headerGroups: [Kind] = [.oc3, .uasc, .adoption]

    let xml: XMLTokenizer
    let path: String
    var sawRoot = false
    var records: [XMLRecord]
    var contexts: [RowContext<XMLRecord>]
    var extraProblems: [DataProblem] = []
    /// The record and column the current element's text goes to.
    var target: (kind: Kind, column: Int)?
    /// The record the current container element is gathering.
    var open: Kind?
    var childID: [UInt8] = []
    var birth: [UInt8] = []
    var childLine = 0
    /// For each record kind of ``headerGroups``, whether one of its fields has been seen in the
    /// current `HEADER`.
    var gathering = [Bool](repeating: false, count: Kind.allCases.count)
    /// Whether a `CHILD` is open, and where in the file it starts.
    var inChild = false
    var childOffset = 0
    /// For each record kind, whether one is open, and the column it starts at (its line is the
    /// record's).
    var isOpen = [Bool](repeating: false, count: Kind.allCases.count)
    var openColumns = [Int](repeating: 0, count: Kind.allCases.count)

    /// XML element name → (record, column); containers map to nothing here.
    static let fields: [String: (Kind, String)] = [
        "CHILDID": (.header, "CHILD"), "SEX": (.header, "SEX"), "DOB": (.header, "DOB"), "ETHNIC": (.header, "ETHNIC"),
        "UPN": (.header, "UPN"), "MOTHER": (.header, "MOTHER"), "MC_DOB": (.header, "MC_DOB"),
        "IN_TOUCH": (.oc3, "IN_TOUCH"), "ACTIV": (.oc3, "ACTIV"), "ACCOM": (.oc3, "ACCOM"),
        "MISSING": (.missing, "MISSING"), "MIS_START": (.missing, "MIS_START"), "MIS_END": (.missing, "MIS_END"),
        "SDQ_SCORE": (.oc2, "SDQ_SCORE"), "SDQ_REASON": (.oc2, "SDQ_REASON"),
        "CONVICTED": (.oc2, "CONVICTED"), "HEALTH_CHECK": (.oc2, "HEALTH_CHECK"), "IMMUNISATIONS": (.oc2, "IMMUNISATIONS"),
        "TEETH_CHECK": (.oc2, "TEETH_CHECK"), "HEALTH_ASSESSMENT": (.oc2, "HEALTH_ASSESSMENT"),
        "SUBSTANCE_MISUSE": (.oc2, "SUBSTANCE_MISUSE"),
        "DECOM": (.episode, "DECOM"), "RNE": (.episode, "RNE"), "LS": (.episode, "LS"), "CIN": (.episode, "CIN"),
        "PL": (.episode, "PLACE"), "PLACE": (.episode, "PLACE"), "PLACE_PROVIDER": (.episode, "PLACE_PROVIDER"),
        "DEC": (.episode, "DEC"), "REC": (.episode, "REC"), "REASON_PLACE_CHANGE": (.episode, "REASON_PLACE_CHANGE"),
        "HOME_POST": (.episode, "HOME_POST"), "PL_POST": (.episode, "PL_POST"), "URN": (.episode, "URN"),
        "REVIEW": (.review, "REVIEW"), "REVIEW_CODE": (.review, "REVIEW_CODE"),
        "UASC": (.uasc, "UASC"), "DUC": (.uasc, "DUC"),
        "DATE_INT": (.adoption, "DATE_INT"), "DATE_MATCH": (.adoption, "DATE_MATCH"), "FOSTER_CARE": (.adoption, "FOSTER_CARE"),
        "NB_ADOPTR": (.adoption, "NB_ADOPTR"), "SEX_ADOPTR": (.adoption, "SEX_ADOPTR"), "LS_ADOPTR": (.adoption, "LS_ADOPTR"),
        "DATE_PLACED": (.placedForAdoption, "DATE_PLACED"), "DATE_PLACED_CEASED": (.placedForAdoption, "DATE_PLACED_CEASED"),
        "REASON_PLACED_CEASED": (.placedForAdoption, "REASON_PLACED_CEASED"),
        "PREV_PERM": (.previousPermanence, "PREV_PERM"), "LA_PERM": (.previousPermanence, "LA_PERM"),
        "DATE_PERM": (.previousPermanence, "DATE_PERM"),
    ]
    static let elementList = fields.keys.sorted() + ["EXPSSDA903", "CHILD", "HEADER", "EPISODE", "AMISSING", "OC2", "AREVIEW",
                                                     "AD_PLACED", "PERMANENCE"]
    static let elementNames = ElementNames(elementList)
    /// For each element id, its record and column position.
    static let targets: [(Kind, Int)?] = elementList.map { name in
        guard let (kind, column) = fields[name] else { return nil }
        return (kind, SSDA903XMLReader.layouts[kind.rawValue].columns.firstIndex(of: column)!)
    }

    init(xml: XMLTokenizer, path: String, fileIndex: UInt16, context: ReturnContext, twoDigitYears: TwoDigitYearPolicy) {
        self.xml = xml
        self.path = path
        records = SSDA903XMLReader.layouts.map { XMLRecord(fieldCount: $0.columns.count) }
        contexts = zip(records, SSDA903XMLReader.layouts).map { record, layout in
            RowContext(reader: record, header: layout.columns, report: FileReport(path: path, table: layout.table.rawValue),
                       fileIndex: fileIndex, resolveAuthority: ReturnContext.eCodeOnly, twoDigitYears: twoDigitYears,
                       fixedContext: context)
        }
    }

    mutating func start() throws(DataError) {
        target = nil
        if inChild, xml.offset - childOffset > xml.limits.recordBytes { throw childTooLong() }
        guard let id = xml.withName(SSDA903XMLState.elementNames.id) else { return }
        switch SSDA903XMLState.elementList[id] {
        case "EXPSSDA903": sawRoot = true
        case "CHILD": startChild()
        case "HEADER": begin(.header)
        case "EPISODE": begin(.episode)
        case "AMISSING": begin(.missing)
        case "OC2": begin(.oc2)
        case "AREVIEW": begin(.review)
        case "AD_PLACED": begin(.placedForAdoption)
        case "PERMANENCE": begin(.previousPermanence)
        default:
            if let (kind, column) = SSDA903XMLState.targets[id] {
                target = (kind, column)
                if SSDA903XMLState.headerGroups.contains(kind), !gathering[kind.rawValue] {
                    gathering[kind.rawValue] = true
                    records[kind.rawValue].reset(line: xml.line)
                    openColumns[kind.rawValue] = xml.column
                }
            }
        }
    }

    mutating func begin(_ kind: Kind) {
        if isOpen[kind.rawValue] { reject(kind, "a new \(SSDA903XMLState.element(of: kind)) starts before this one has ended") }
        open = kind
        isOpen[kind.rawValue] = true
        openColumns[kind.rawValue] = xml.column
        records[kind.rawValue].reset(line: xml.line)
    }

    mutating func text() throws(DataError) {
        guard let target else { return }
        xml.withText { records[target.kind.rawValue].append($0, to: target.column) }
        if records[target.kind.rawValue].values[target.column].count > xml.limits.fieldBytes { throw valueTooLong() }
    }

    mutating func end(_ builder: inout CohortBuilder) {
        target = nil
        guard let id = xml.withName(SSDA903XMLState.elementNames.id) else { return }
        switch SSDA903XMLState.elementList[id] {
        case "CHILDID": childID = records[Kind.header.rawValue].values[0]
        case "DOB" where open == .header: birth = records[Kind.header.rawValue].values[2]
        case "HEADER":
            finishRecord(.header, &builder)
            for kind in SSDA903XMLState.headerGroups where gathering[kind.rawValue] {
                gathering[kind.rawValue] = false
                if kind != .uasc || isUnaccompanied() { finishRecord(kind, &builder) }
            }
        case "EPISODE": finishRecord(.episode, &builder)
        case "AMISSING": finishRecord(.missing, &builder)
        case "OC2": finishRecord(.oc2, &builder)
        case "AREVIEW": finishRecord(.review, &builder)
        case "AD_PLACED": finishRecord(.placedForAdoption, &builder)
        case "PERMANENCE": finishRecord(.previousPermanence, &builder)
        case "CHILD": endChild()
        default: break
        }
    }

    /// Fills in the child's identifier (and date of birth) and reads the record as a CSV row.
    mutating func commit(_ kind: Kind, _ builder: inout CohortBuilder) {
        let record = records[kind.rawValue]
        record.set(childID, at: 0)
        if kind != .header, kind != .episode, record.values[1].isEmpty { record.set(birth, at: 1) }
        contexts[kind.rawValue].readRow(SSDA903XMLReader.layouts[kind.rawValue].table, into: &builder)
        if kind == .header || kind == .episode { open = nil }
    }

    /// One report for the file: the records' counts added up, problems in line order.
    func finish() -> FileReport {
        var report = FileReport(path: path, table: "ssda903_xml")
        for context in contexts {
            report.rowsRead += context.report.rowsRead
            report.rowsAccepted += context.report.rowsAccepted
            report.rowsRejected += context.report.rowsRejected
            report.problems += context.report.problems
        }
        report.problems += extraProblems
        report.problems.sort { ($0.location.line, $0.location.column ?? 0) < ($1.location.line, $1.location.column ?? 0) }
        return report
    }
}
