/// How ``JSONValue/rendered(_:)`` lays out a document: indented or on one line, members in the
/// order built or sorted by key, and which punctuation.
///
/// ``indented-swift.type.property`` and ``compact`` keep members in the order they were built, as the
/// `indicators`, `compare`, `report` and `validate` documents are specified. ``sortedIndented``
/// and ``sortedCompact`` sort members by key (by their UTF-8 bytes) and write `"key" : value`,
/// empty containers on three lines and `\b`/`\f` escapes: the layout the `scorecard` document has
/// had since it was first published.
@frozen
public struct JSONLayout: Sendable, Hashable {
    /// Whether members and items go on lines of their own, indented two spaces per level.
    public var indented: Bool
    /// Whether object members are sorted by key (UTF-8 byte order) rather than kept in order.
    public var sortsKeys: Bool
    /// Whether the `scorecard` document's punctuation is used: a space before the colon when
    /// indented, empty containers opened and closed on separate lines, and backspace and form feed
    /// escaped as `\b` and `\f` rather than `\u0008` and `\u000c`.
    public var scorecardPunctuation: Bool

    /// Creates a layout.
    public init(indented: Bool, sortsKeys: Bool = false, scorecardPunctuation: Bool = false) {
        self.indented = indented
        self.sortsKeys = sortsKeys
        self.scorecardPunctuation = scorecardPunctuation
    }

    /// Two-space indentation, `"key": value`, members in order: the contract's documents.
    public static let indented = JSONLayout(indented: true)
    /// One line, members in order.
    public static let compact = JSONLayout(indented: false)
    /// Two-space indentation, members sorted, `"key" : value`: the `scorecard` document.
    public static let sortedIndented = JSONLayout(indented: true, sortsKeys: true, scorecardPunctuation: true)
    /// One line, members sorted: the `scorecard` document inside the `report` document.
    public static let sortedCompact = JSONLayout(indented: false, sortsKeys: true, scorecardPunctuation: true)
}
