/// The children of a cohort, one row per (authority, child identifier), as columns.
///
/// Other tables refer to a child by its row, a ``ChildRow``. Characteristics come from the latest
/// return that gives them (SSDA903 header or CIN census child): see the builder's
/// `addChild(_:identifier:inReturn:file:line:)`.
public struct ChildTable: Sendable {
    /// The authority of each child: an index into ``Cohort/authorities``.
    package internal(set) var authority: [UInt16] = []
    /// Date of birth (day number), or ``DayNumber/unknown`` (unborn children have none).
    package internal(set) var birth: [Int32] = []
    /// The date of birth from the latest SSDA903 header that gives one, or ``DayNumber/unknown``
    /// when no SSDA903 return does. The looked-after indicators age a child by it (INDICATORS.md §3
    /// reads `DOB` from the header), even when a CIN census gives another date, which ``birth``
    /// then holds.
    package internal(set) var ssda903Birth: [Int32] = []
    /// The collection year of the return that gave ``ssda903Birth``.
    package internal(set) var ssda903BirthYear: [UInt16] = []
    /// Expected date of birth of an unborn child, or ``DayNumber/unknown``.
    package internal(set) var expectedBirth: [Int32] = []
    /// Sex: a ``SexCodes`` raw value.
    package internal(set) var sex: [UInt8] = []
    /// Ethnicity: an ``EthnicityCodes`` raw value.
    package internal(set) var ethnicity: [UInt8] = []
    /// Disability: 1 with a recorded disability, 0 with none (`NONE`), 255 not recorded.
    package internal(set) var disabled: [UInt8] = []
    /// The collection year of the return that last set the characteristics (0 when none did).
    package internal(set) var characteristicsYear: [UInt16] = []
    /// The identifiers, interned (the one stored value that is not a column).
    var identifiers = ByteStringPool()

    /// The number of children.
    public var count: Int { authority.count }

    /// An empty table.
    package init() {}

    /// The child identifier of a child as written in the returns (`CHILD`, `LAchildID`).
    public func identifier(_ child: ChildRow) -> String { identifiers.string(child.rawValue) }

    /// The row of a child, if the cohort has it.
    public func index(authority: UInt16, identifier: String) -> ChildRow? {
        var text = identifier
        return text.withUTF8 { identifiers.find($0, tag: authority) }.map(ChildRow.init(rawValue:))
    }

    /// The row for `(authority, identifier)`, adding a child with no characteristics when new.
    mutating func intern(authority: UInt16, identifier: UnsafeBufferPointer<UInt8>) -> ChildRow {
        let index = identifiers.intern(identifier, tag: authority)
        if Int(index) == self.authority.count {
            self.authority.append(authority)
            birth.append(DayNumber.unknown)
            ssda903Birth.append(DayNumber.unknown)
            ssda903BirthYear.append(0)
            expectedBirth.append(DayNumber.unknown)
            sex.append(CodeList.blank)
            ethnicity.append(CodeList.blank)
            disabled.append(255)
            characteristicsYear.append(0)
        }
        return ChildRow(rawValue: index)
    }
}

extension ChildTable {
    /// A child's characteristics, as an SSDA903 header row or a CIN census `Child` gives them.
    @frozen
    public struct Row: Sendable, Hashable {
        /// Date of birth, or ``Day/unknown``.
        public var birth: Day
        /// Expected date of birth of an unborn child, or ``Day/unknown``.
        public var expectedBirth: Day
        /// Sex.
        public var sex: Code<SexCodes>
        /// Ethnicity.
        public var ethnicity: Code<EthnicityCodes>
        /// Whether a disability is recorded (`NONE` is `false`), or `nil` when not recorded.
        public var disabled: Bool?

        /// A child's characteristics; the fields a return may leave out default to unknown.
        @inlinable
        public init(birth: Day, expectedBirth: Day = .unknown, sex: Code<SexCodes>, ethnicity: Code<EthnicityCodes>,
                    disabled: Bool? = nil) {
            self.birth = birth
            self.expectedBirth = expectedBirth
            self.sex = sex
            self.ethnicity = ethnicity
            self.disabled = disabled
        }
    }

    /// Sets `child`'s characteristics from a row of a return of `collectionYear`: the latest
    /// collection year wins, and a blank field does not replace a known one. An SSDA903 row's date
    /// of birth is also kept as ``ssda903Birth``.
    package mutating func update(_ child: ChildRow, with row: Row, collectionYear year: UInt16, fromSSDA903: Bool) {
        let i = child.index
        let birth = row.birth.dayNumber
        if fromSSDA903, birth != DayNumber.unknown, year >= ssda903BirthYear[i] {
            ssda903BirthYear[i] = year
            ssda903Birth[i] = birth
        }
        guard year >= characteristicsYear[i] else { return }
        characteristicsYear[i] = year
        if birth != DayNumber.unknown || self.birth[i] == DayNumber.unknown { self.birth[i] = birth }
        if row.expectedBirth != .unknown { expectedBirth[i] = row.expectedBirth.dayNumber }
        if !row.sex.isBlank { sex[i] = row.sex.rawValue }
        if !row.ethnicity.isBlank { ethnicity[i] = row.ethnicity.rawValue }
        if row.disabled != nil { disabled[i] = row.disabled.flag }
    }
}

extension ChildTable: CohortTable {
    /// Every column, in declaration order.
    package static func forEachColumn(_ visitor: inout some ColumnVisitor<Self>) {
        visitor.visit(\.authority, "authority")
        visitor.visit(\.birth, "birth")
        visitor.visit(\.ssda903Birth, "ssda903Birth")
        visitor.visit(\.ssda903BirthYear, "ssda903BirthYear")
        visitor.visit(\.expectedBirth, "expectedBirth")
        visitor.visit(\.sex, "sex")
        visitor.visit(\.ethnicity, "ethnicity")
        visitor.visit(\.disabled, "disabled")
        visitor.visit(\.characteristicsYear, "characteristicsYear")
    }

    /// Children are never reordered: other tables refer to them by row.
    package static var order: RowOrder<Self> { .asAdded }
}
