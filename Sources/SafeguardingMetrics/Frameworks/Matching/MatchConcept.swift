/// One idea a framework row's title can name ("referrals", "repeat", "looked after"), with the
/// phrases that name it: the vocabulary ``IndicatorMatcher`` reads titles and identifiers with.
///
/// Phrases are matched on whole words, case-insensitively, after punctuation becomes spaces and a
/// plural `s` is dropped, so `"child protection plan"` also matches "Child Protection Plans". A
/// ``local`` concept is one that only a council's own tables measure (early help, audits,
/// attendance): a row that names one, in its title or its outcome area, is not a standard
/// indicator.
///
/// ```swift
/// let repeat = MatchConcept("repeat", phrases: ["repeat", "second or later", "second or subsequent"])
/// ```
@frozen
public struct MatchConcept: Sendable, Hashable {
    /// The concept's name (for explanations and tests).
    public var name: String
    /// The phrases that name it.
    public var phrases: [String]
    /// Further concepts it implies (an initial child protection conference follows a section 47
    /// enquiry; a placement is of a child looked after).
    public var implies: [String]
    /// Whether only local tables measure it.
    public var local: Bool

    /// Creates a concept.
    public init(_ name: String, phrases: [String], implies: [String] = [], local: Bool = false) {
        self.name = name
        self.phrases = phrases
        self.implies = implies
        self.local = local
    }
}
