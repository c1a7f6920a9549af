/// The children of a cohort, one row per (authority, child identifier), as columns.
///
/// Other tables refer to a child by its row index (`Int32`). Characteristics come from the
/// latest return that gives them (SSDA903 header or CIN census child).
public struct ChildTable: Sendable {
    /// The authority of each child: an index into ``Cohort/authorities``.
    public internal(set) var authority: [UInt16] = []
    /// Date of birth (day number), or ``DayNumber/unknown`` (unborn children have none).
    public internal(set) var birth: [Int32] = []
    /// The date of birth from the latest SSDA903 header that gives one, or ``DayNumber/unknown``
    /// when no SSDA903 return does. The looked-after indicators age a child by it (INDICATORS.md §3
    /// reads `DOB` from the header), even when a CIN census gives another date, which ``birth``
    /// then holds.
    public internal(set) var ssda903Birth: [Int32] = []
    /// The collection year of the return that gave ``ssda903Birth``.
    var ssda903BirthYear: [UInt16] = []
    /// Expected date of birth of an unborn child, or ``DayNumber/unknown``.
    public internal(set) var expectedBirth: [Int32] = []
    /// Sex: a ``SexCodes`` raw value.
    public internal(set) var sex: [UInt8] = []
    /// Ethnicity: an ``EthnicityCodes`` raw value.
    public internal(set) var ethnicity: [UInt8] = []
    /// Disability: 1 with a recorded disability, 0 with none (`NONE`), 255 not recorded.
    public internal(set) var disabled: [UInt8] = []
    /// The collection year of the return that last set the characteristics (0 when none did).
    var characteristicsYear: [UInt16] = []
    /// The identifiers, interned.
    var identifiers = ByteStringPool()

    /// The number of children.
    public var count: Int { authority.count }

    /// The child identifier of row `index` as written in the returns (`CHILD`, `LAchildID`).
    public func identifier(_ index: Int32) -> String { identifiers.string(index) }

    /// The row of a child, if the cohort has it.
    public func index(authority: UInt16, identifier: String) -> Int32? {
        var text = identifier
        return text.withUTF8 { identifiers.find($0, tag: authority) }
    }

    /// The row for `(authority, identifier)`, adding an empty child when new.
    mutating func intern(authority: UInt16, identifier: UnsafeBufferPointer<UInt8>) -> Int32 {
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
        return index
    }
}
