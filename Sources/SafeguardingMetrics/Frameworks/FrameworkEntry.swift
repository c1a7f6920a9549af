/// What a framework cell holds: a value, nothing, "TBC", or text that could not be read.
///
/// Frameworks are typed in by people, so cells are often empty or marked "TBC". Neither is ever
/// turned into a number: a blank is no milestone, and a TBC is a milestone whose value is not
/// known yet, so an actual due against it gets no status. Text that cannot be read for the
/// indicator's unit (`400/100000` for a rate per 10,000) is kept as written, so the file still
/// loads and validation can report it where it stands.
///
/// ```swift
/// FrameworkEntry(reading: "384/10,000", unit: .ratePer10k)  // .value(384)
/// FrameworkEntry(reading: "TBC", unit: .percentage)         // .toBeConfirmed
/// FrameworkEntry(reading: "400/100000", unit: .ratePer10k)  // .unreadable("400/100000")
/// ```
@frozen
public enum FrameworkEntry: Sendable, Hashable {
    /// A value, in the indicator's unit, exactly as written (`14.5%` is 14.5).
    case value(FixedDecimal)
    /// An empty cell: no value was given.
    case blank
    /// "TBC" (or "TBA", "to be confirmed"): a value is expected but not yet agreed.
    case toBeConfirmed
    /// Text that is not a value of the indicator's unit, kept as written.
    case unreadable(String)

    /// Reads a cell as councils write them, with ``MeasureUnit/parseValue(_:)``: an empty or
    /// all-blank cell is ``blank``, `TBC`/`TBA`/`to be confirmed` (any case) is
    /// ``toBeConfirmed``, a readable value is ``value(_:)``, and anything else, including a
    /// value written on the wrong scale, is ``unreadable(_:)``.
    public init(reading text: String, unit: MeasureUnit) {
        let trimmed = text.trimmingBlanks()
        if trimmed.isEmpty {
            self = .blank
            return
        }
        switch trimmed.lowercased() {
        case "tbc", "tba", "to be confirmed", "t.b.c.", "t.b.c":
            self = .toBeConfirmed
            return
        default:
            break
        }
        do {
            self = .value(try unit.parseValue(trimmed))
        } catch {
            self = .unreadable(text)
        }
    }

    /// The value, when the cell holds one.
    // Not inlined: Swift 6.3.1's optimiser (CopyPropagation) crashes in release builds when this
    // enum match is inlined into callers that borrow a FrameworkPoint.
    @inline(never)
    public var value: FixedDecimal? {
        switch self {
        case .value(let value): value
        case .blank, .toBeConfirmed, .unreadable: nil
        }
    }

    /// Whether the cell is empty.
    @inlinable
    public var isBlank: Bool {
        if case .blank = self { return true }
        return false
    }

    /// The cell as a council would write it for `unit`: `384/10,000`, `14.5%`, `TBC`, the
    /// unreadable text unchanged, or an empty string.
    ///
    /// ```swift
    /// FrameworkEntry.value(FixedDecimal(units: 145, decimals: 1)).written(for: .percentage) // "14.5%"
    /// ```
    public func written(for unit: MeasureUnit) -> String {
        switch self {
        case .value(let value): unit.format(value)
        case .blank: ""
        case .toBeConfirmed: "TBC"
        case .unreadable(let text): text
        }
    }
}
