/// Collects rows from any number of returns (several authorities, several years, SSDA903 and CIN)
/// and builds a ``Cohort``: deduplicated by each record's key with the latest return winning,
/// sorted by child and date, with every problem recorded.
///
/// Readers parse bytes into values and call the `add…` methods; nothing here reads files. Rows
/// are staged with their file and line so a problem found while merging (a key repeated inside
/// one return, overlapping episodes) still points at its line.
///
/// ```swift
/// var builder = CohortBuilder()
/// let la = builder.authority("E06000009")
/// let ret = builder.beginReturn(authority: la, collectionYear: 2025, source: .ssda903, file: "903/2025")
/// let file = builder.file("903/2025/episodes.csv")
/// // … builder.addEpisode(…) for each row …
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

    var episodes = EpisodeTable()
    var episodeOrigin: [RowOrigin] = []
    var missing = MissingEpisodeTable()
    var missingOrigin: [RowOrigin] = []
    var oc2 = OC2Table()
    var oc3 = OC3Table()
    var referrals = ReferralTable()
    var referralOrigin: [RowOrigin] = []
    var assessments = AssessmentTable()
    var assessmentOrigin: [RowOrigin] = []
    var section47 = Section47Table()
    var section47Origin: [RowOrigin] = []
    var plans = ProtectionPlanTable()
    var planOrigin: [RowOrigin] = []
    var localEvents = LocalEventTable()
    var localEpisodes = LocalEpisodeTable()
    var attendance = AttendanceTable()
    var audits = AuditTable()
    /// Kinds of local events and episodes, and audit domains, in the order first seen.
    public internal(set) var localKinds: [String] = []

    /// Where a staged row came from: its return, file and line.
    struct RowOrigin: Sendable, Hashable {
        var returnIndex: UInt16
        var file: UInt16
        var line: Int32
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

    /// The cohort row of a child of the return's authority, adding the child when new, without
    /// touching its characteristics (for tables such as episodes that only refer to a child).
    public mutating func child(inReturn returnIndex: UInt16, identifier: UnsafeBufferPointer<UInt8>) -> Int32 {
        child(authority: returns[Int(returnIndex)].authority, identifier: identifier)
    }

    /// The cohort row of a child of `authority` (an index from ``authority(_:)``), adding the
    /// child when new; for local tables, which belong to no statutory return.
    public mutating func child(authority: UInt16, identifier: UnsafeBufferPointer<UInt8>) -> Int32 {
        let index = children.intern(authority: authority, identifier: identifier)
        if Int(index) == childLastReturn.count {
            childLastReturn.append(UInt16.max)
            childLastRow.append(RowOrigin(returnIndex: 0, file: 0, line: 0))
        }
        return index
    }

    /// Sets a child's characteristics from a header or CIN child row. The latest collection year
    /// wins; a child given twice in the same return is reported and the later row kept.
    ///
    /// - Parameters:
    ///   - returnIndex: the return the row belongs to (from ``beginReturn(authority:collectionYear:source:file:)``).
    ///   - file: the file, from ``file(_:)``.
    ///   - line: the line the row starts on.
    ///   - identifier: the child identifier's bytes (`CHILD`, `LAchildID`).
    ///   - birth: date of birth as a day number, or ``DayNumber/unknown``.
    ///   - expectedBirth: expected date of birth of an unborn child, or ``DayNumber/unknown``.
    ///   - sex: a ``SexCodes`` raw value.
    ///   - ethnicity: an ``EthnicityCodes`` raw value.
    ///   - disabled: 1, 0, or 255 (not recorded).
    /// - Returns: the child's row.
    @discardableResult
    public mutating func addChild(inReturn returnIndex: UInt16, file: UInt16, line: Int,
                                  identifier: UnsafeBufferPointer<UInt8>, birth: Int32, expectedBirth: Int32 = DayNumber.unknown,
                                  sex: UInt8, ethnicity: UInt8, disabled: UInt8 = 255) -> Int32 {
        let index = child(inReturn: returnIndex, identifier: identifier)
        let i = Int(index)
        let origin = RowOrigin(returnIndex: returnIndex, file: file, line: Int32(clamping: line))
        if childLastReturn[i] == returnIndex, childLastRow[i].file == file {
            let earlier = childLastRow[i]
            problems.append(DataProblem("child \(DataProblem.quote(children.identifier(index), limit: DataProblem.fieldValueLimit)) appears again in this return (first at line \(earlier.line)); this later row is kept", at: location(origin, column: nil), severity: .warning))
        }
        let year = UInt16(clamping: returns[Int(returnIndex)].collectionYear)
        if returns[Int(returnIndex)].source == .ssda903, birth != DayNumber.unknown, year >= children.ssda903BirthYear[i] {
            children.ssda903BirthYear[i] = year
            children.ssda903Birth[i] = birth
        }
        if year >= children.characteristicsYear[i] {
            children.characteristicsYear[i] = year
            if birth != DayNumber.unknown || children.birth[i] == DayNumber.unknown { children.birth[i] = birth }
            if expectedBirth != DayNumber.unknown { children.expectedBirth[i] = expectedBirth }
            if sex != CodeList.blank { children.sex[i] = sex }
            if ethnicity != CodeList.blank { children.ethnicity[i] = ethnicity }
            if disabled != 255 { children.disabled[i] = disabled }
        }
        childLastReturn[i] = returnIndex
        childLastRow[i] = origin
        return index
    }

    /// The index of a normalised postcode (upper case, trimmed, runs of blanks as one space), or
    /// -1 for a blank one.
    public mutating func postcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        PostcodeLookup.withNormalized(bytes) { normalized in
            normalized.isEmpty ? -1 : postcodes.intern(normalized, tag: 0)
        }
    }
}
