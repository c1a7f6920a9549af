/// Collects rows from any number of returns (several authorities, several years, SSDA903 and CIN)
/// and builds a ``Cohort``: deduplicated by each record's key with the latest return winning,
/// sorted by child and date, with every problem recorded.
///
/// The SafeguardingData readers parse files into values and add them here; an embedding service
/// adds values it holds in memory the same way. Each table's `Row` type (``EpisodeTable/Row``,
/// ``ReferralTable/Row``, …) is a record as the return gives it, typed: a ``ChildRow`` for the
/// child, a ``Day`` for each date (``Day/open`` for a blank end, ``Day/unknown`` for a blank
/// start), a ``Code`` for each coded field. Rows of the keyed tables are staged with their file
/// and line, so a problem found while merging (a key repeated inside one return, overlapping
/// episodes) still points at its line.
///
/// ```swift
/// var builder = CohortBuilder()
/// let la = builder.authority("E06000009")
/// let ssda903 = builder.beginReturn(authority: la, collectionYear: 2025, source: .ssda903, file: "903/2025")
/// let file = builder.file("903/2025/episodes.csv")
/// let child = builder.addChild(ChildTable.Row(birth: Day(year: 2012, month: 5, day: 1)!, sex: Code("F")!,
///                                             ethnicity: Code("WBRI")!),
///                              identifier: "C1001", inReturn: ssda903, file: file, line: 2)
/// builder.addEpisode(EpisodeTable.Row(child: child, start: Day(year: 2024, month: 9, day: 2)!,
///                                     reasonNewEpisode: Code("S")!, legalStatus: Code("C2")!,
///                                     placement: Code("U4")!),
///                    inReturn: ssda903, file: file, line: 2)
/// let cohort = builder.build()
/// ```
public struct CohortBuilder: Sendable {
    /// The returns begun so far.
    public private(set) var returns: [CohortReturn] = []
    /// The authority codes, in the order first seen.
    public private(set) var authorities: [String] = []
    /// Problems reported so far (by readers and by the builder).
    public private(set) var problems: [DataProblem] = []

    var files: [String] = []
    var children = ChildTable()
    var childLastReturn: [UInt16] = []
    var childLastRow: [RowOrigin] = []
    var postcodes = ByteStringPool()

    var episodes = StagedTable<EpisodeTable>()
    var missing = StagedTable<MissingEpisodeTable>()
    var oc2 = StagedTable<OC2Table>()
    var oc3 = StagedTable<OC3Table>()
    var uasc = StagedTable<UASCTable>()
    var adoptions = StagedTable<AdoptionTable>()
    var placedForAdoption = StagedTable<PlacedForAdoptionTable>()
    var previousPermanence = StagedTable<PreviousPermanenceTable>()
    var referrals = StagedTable<ReferralTable>()
    var assessments = StagedTable<AssessmentTable>()
    var section47 = StagedTable<Section47Table>()
    var plans = StagedTable<ProtectionPlanTable>()
    var localEvents = LocalEventTable()
    var localEpisodes = LocalEpisodeTable()
    var attendance = AttendanceTable()
    var audits = AuditTable()
    /// Kinds of local events and episodes, and audit domains, in the order first seen.
    public internal(set) var localKinds: [String] = []
    /// Whether ``addChild(_:identifier:inReturn:file:line:)`` keeps each child row in
    /// ``childRowsAdded`` (a builder for one file of a parallel read: see `append(_:)`).
    var recordsChildRows = false
    /// The child rows given, in order, when ``recordsChildRows``.
    var childRowsAdded: [ChildRowAdded] = []
    /// How many of ``problems`` are children repeated in a return (``noteRepeated(_:at:)``).
    var repeatedChildren = 0

    /// Where a staged row came from: its return, file and line.
    struct RowOrigin: Sendable, Hashable {
        var returnIndex: UInt16
        var file: UInt16
        var line: Int32

        init(_ returnIndex: UInt16, file: UInt16, line: Int) {
            self.returnIndex = returnIndex
            self.file = file
            self.line = Int32(clamping: line)
        }
    }

    /// Creates an empty builder.
    public init() {}

    /// The index of an authority code, adding it when new. Codes are stored as given; readers
    /// pass E-codes.
    public mutating func authority(_ code: String) -> UInt16 {
        if let index = authorities.firstIndex(of: code) { return UInt16(index) }
        precondition(authorities.count < Int(UInt16.max), "too many authorities")
        authorities.append(code)
        return UInt16(authorities.count - 1)
    }

    /// Starts a return; rows added with the returned index belong to it.
    public mutating func beginReturn(authority: UInt16, collectionYear: Int, source: IndicatorSource,
                                     file: String) -> UInt16 {
        precondition(Int(authority) < authorities.count, "unknown authority index")
        precondition(returns.count < Int(UInt16.max), "too many returns")
        returns.append(CohortReturn(authority: authority, collectionYear: collectionYear, source: source, file: file))
        return UInt16(returns.count - 1)
    }

    /// The return for an authority, collection year and source, beginning it when new: every file
    /// of one SSDA903 return (header, episodes, …) shares one return.
    public mutating func returnIndex(authority: UInt16, collectionYear: Int, source: IndicatorSource,
                                     file: String) -> UInt16 {
        if let index = returns.lastIndex(where: {
            $0.authority == authority && $0.collectionYear == collectionYear && $0.source == source
        }) {
            return UInt16(index)
        }
        return beginReturn(authority: authority, collectionYear: collectionYear, source: source, file: file)
    }

    /// The index of a file path for row origins, adding it when new.
    public mutating func file(_ path: String) -> UInt16 {
        if let index = files.lastIndex(of: path) { return UInt16(index) }
        files.append(path)
        return UInt16(files.count - 1)
    }

    /// Records a problem found by a reader.
    public mutating func report(_ problem: DataProblem) {
        problems.append(problem)
    }

    /// The location of a staged row, for problems.
    func location(_ origin: RowOrigin, column: String? = nil) -> SourceLocation {
        SourceLocation(file: files[Int(origin.file)], line: Int(origin.line), columnName: column)
    }

    // MARK: Children

    /// The child of the return's authority with `identifier`, added when new without touching
    /// its characteristics (for tables such as episodes that only refer to a child).
    public mutating func child(inReturn returnIndex: UInt16, identifier: UnsafeBufferPointer<UInt8>) -> ChildRow {
        child(authority: returns[Int(returnIndex)].authority, identifier: identifier)
    }

    /// The child of `authority` (an index from ``authority(_:)``) with `identifier`, added when
    /// new; for local tables, which belong to no statutory return.
    public mutating func child(authority: UInt16, identifier: UnsafeBufferPointer<UInt8>) -> ChildRow {
        let child = children.intern(authority: authority, identifier: identifier)
        if child.index == childLastReturn.count {
            childLastReturn.append(UInt16.max)
            childLastRow.append(RowOrigin(0, file: 0, line: 0))
        }
        return child
    }

    /// The child of `authority` with `identifier`, added when new.
    public mutating func child(authority: UInt16, identifier: String) -> ChildRow {
        var text = identifier
        return text.withUTF8 { child(authority: authority, identifier: $0) }
    }

    /// Sets a child's characteristics from a header or CIN child row. The latest collection year
    /// wins, and a blank field does not replace a known one; a child given twice in the same
    /// return is reported and the later row kept.
    ///
    /// - Parameters:
    ///   - row: the characteristics.
    ///   - identifier: the child identifier's bytes (`CHILD`, `LAchildID`).
    ///   - returnIndex: the return the row belongs to (from ``beginReturn(authority:collectionYear:source:file:)``).
    ///   - file: the file, from ``file(_:)``.
    ///   - line: the line the row starts on.
    /// - Returns: the child.
    @discardableResult
    public mutating func addChild(_ row: ChildTable.Row, identifier: UnsafeBufferPointer<UInt8>, inReturn returnIndex: UInt16,
                                  file: UInt16, line: Int) -> ChildRow {
        let child = child(inReturn: returnIndex, identifier: identifier)
        let i = child.index
        let origin = RowOrigin(returnIndex, file: file, line: line)
        noteRepeated(child, at: origin)
        let ret = returns[Int(returnIndex)]
        children.update(child, with: row, collectionYear: UInt16(clamping: ret.collectionYear), fromSSDA903: ret.source == .ssda903)
        childLastReturn[i] = returnIndex
        childLastRow[i] = origin
        if recordsChildRows { childRowsAdded.append(ChildRowAdded(child: child.rawValue, row: row, origin: origin)) }
        return child
    }

    /// Reports a child row of `child` at `origin` when the child's last row was in the same
    /// return and file: the one problem a builder records while rows are added.
    mutating func noteRepeated(_ child: ChildRow, at origin: RowOrigin) {
        let i = child.index
        guard childLastReturn[i] == origin.returnIndex, childLastRow[i].file == origin.file else { return }
        let earlier = childLastRow[i]
        problems.append(DataProblem("child \(DataProblem.quote(children.identifier(child), limit: DataProblem.fieldValueLimit)) appears again in this return (first at line \(earlier.line)); this later row is kept", at: location(origin, column: nil), severity: .warning))
        repeatedChildren += 1
    }

    /// Sets a child's characteristics from a header or CIN child row, for an identifier held as a
    /// string: as the form taking the identifier's bytes does.
    @discardableResult
    public mutating func addChild(_ row: ChildTable.Row, identifier: String, inReturn returnIndex: UInt16,
                                  file: UInt16, line: Int) -> ChildRow {
        var text = identifier
        return text.withUTF8 { addChild(row, identifier: $0, inReturn: returnIndex, file: file, line: line) }
    }

    /// The index of a normalised postcode (upper case, trimmed, runs of blanks as one space), or
    /// -1 for a blank one.
    public mutating func postcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        PostcodeLookup.withNormalized(bytes) { normalized in
            normalized.isEmpty ? -1 : postcodes.intern(normalized, tag: 0)
        }
    }

    /// The index of a normalised postcode held as a string, or -1 for a blank one.
    public mutating func postcode(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { postcode($0) }
    }
}
