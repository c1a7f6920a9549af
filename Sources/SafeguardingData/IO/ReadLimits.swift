/// The largest pieces of input the readers accept: a field, a line, a record, a quoted field's
/// lines and an XML element's depth.
///
/// A reader never holds more than one record in memory, so these limits bound what reading one
/// file can cost, whatever the file holds: an endless input (`/dev/zero`), a file with no line
/// breaks, or a runaway quote stops with a ``DataError`` after reading at most the limit plus one
/// buffer (1 MiB), instead of growing until the machine runs out of memory or an integer traps.
///
/// The defaults are generous: far larger than anything a statutory return holds (a field of a
/// few bytes, a line of a few hundred), and large enough for the multi-megabyte fields some
/// exports carry. Where a limit is passed, the error names it:
///
/// | limit | default | applies to |
/// |---|---|---|
/// | ``fieldBytes`` | 16 MiB | a CSV field; an XML element's text, a tag, a comment or other markup |
/// | ``lineBytes`` | 32 MiB | a physical CSV line (XML files may legitimately be one line) |
/// | ``recordBytes`` | 64 MiB | a CSV record (with its quoted line breaks); an XML record (a CIN `Child`, an SSDA903 `CHILD`) |
/// | ``quotedFieldLines`` | 1,000 | the line breaks inside one quoted CSV field |
/// | ``elementDepth`` | 256 | the nesting of XML elements (libxml2's default) |
///
/// The cohort's string pools (child identifiers, postcodes) hold fields, so a key is at most
/// ``fieldBytes`` long, and their offsets are 64-bit: no size of input makes them trap.
///
/// ```swift
/// var limits = ReadLimits.standard
/// limits.recordBytes = 1 << 20   // a record of more than 1 MiB is an error
/// let reader = try CSVReader(path: "episodes.csv", limits: limits)
/// ```
@frozen
public struct ReadLimits: Sendable, Hashable {
    /// The largest field, in bytes: a CSV field (quotes included), an XML element's text (all its
    /// pieces together), a tag, a comment or other markup. Default 16 MiB.
    public var fieldBytes: Int
    /// The longest physical line of a CSV file, in bytes (its line break excluded). Default 32 MiB.
    /// XML has no line limit: a whole document on one line is common and well-formed.
    public var lineBytes: Int
    /// The largest record, in bytes: a CSV record, with any line breaks inside its quoted fields;
    /// an XML record element (a CIN census `Child`, an SSDA903 `CHILD`), checked as each element
    /// inside it opens. Default 64 MiB.
    public var recordBytes: Int
    /// The most line breaks one quoted CSV field may hold. A quote still open after this many
    /// lines is taken for a quote that was never closed. Default 1,000.
    public var quotedFieldLines: Int
    /// The deepest nesting of XML elements. Default 256, as in libxml2; the returns nest 6 deep.
    public var elementDepth: Int

    /// Creates limits; every one must be at least 1.
    public init(fieldBytes: Int = 16 << 20, lineBytes: Int = 32 << 20, recordBytes: Int = 64 << 20,
                quotedFieldLines: Int = 1_000, elementDepth: Int = 256) {
        precondition(fieldBytes > 0 && lineBytes > 0 && recordBytes > 0 && quotedFieldLines > 0 && elementDepth > 0,
                     "read limits must be positive")
        self.fieldBytes = fieldBytes
        self.lineBytes = lineBytes
        self.recordBytes = recordBytes
        self.quotedFieldLines = quotedFieldLines
        self.elementDepth = elementDepth
    }

    /// The defaults: a 16 MiB field, a 32 MiB line, a 64 MiB record, 1,000 lines in a quoted
    /// field and 256 levels of XML elements.
    public static let standard = ReadLimits()

    /// The most bytes a reader buffers for one unfinished token or record: the largest of the
    /// byte limits. Reading stops with an error once this much is pending.
    var largestPiece: Int { max(fieldBytes, lineBytes, recordBytes) }

    /// `16 MiB (16,777,216 bytes)`, for messages.
    static func describe(bytes: Int) -> String {
        let exact = grouped(bytes) + " bytes"
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB (\(exact))" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB (\(exact))" }
        return exact
    }

    /// `1,234,567`.
    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value.magnitude))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return (value < 0 ? "-" : "") + String(digits)
    }
}
