/// One difference between two versions of a framework, found by
/// ``OutcomesFramework/changes(since:)``.
///
/// A renamed indicator carries both titles; a redefined one both units and both polarities
/// (equal when only the other changed). An indicator both renamed and redefined gives two
/// changes.
///
/// ```swift
/// for change in current.changes(since: previous) {
///     print(change)  // OF1-03 redefined: polarity lower → higher (inverted)
/// }
/// ```
@frozen
public struct FrameworkVersionChange: Sendable, Hashable, CustomStringConvertible {
    /// What kind of change it is.
    public var kind: FrameworkVersionChangeKind
    /// The indicator's identifier.
    public var id: FrameworkRowID
    /// The indicator in the earlier version (`nil` when added).
    public var before: FrameworkIndicator?
    /// The indicator in the later version (`nil` when dropped).
    public var after: FrameworkIndicator?

    /// Creates a change.
    ///
    /// - Precondition: `before` is given unless the kind is `added`, and `after` unless it is `dropped`.
    public init(kind: FrameworkVersionChangeKind, id: FrameworkRowID, before: FrameworkIndicator?,
                after: FrameworkIndicator?) {
        precondition(kind == .added || before != nil, "only an added indicator has no earlier version")
        precondition(kind == .dropped || after != nil, "only a dropped indicator has no later version")
        self.kind = kind
        self.id = id
        self.before = before
        self.after = after
    }

    /// Whether the unit differs between the versions.
    public var unitChanged: Bool {
        guard let before, let after else { return false }
        return before.unit != after.unit
    }

    /// Whether the polarity differs between the versions.
    public var polarityChanged: Bool {
        guard let before, let after else { return false }
        return before.polarity != after.polarity
    }

    /// Whether the polarity turned from `higher` to `lower` or back: every status and RAG of the
    /// indicator flips.
    public var isPolarityInverted: Bool {
        guard let before, let after else { return false }
        return Set([before.polarity, after.polarity]) == [.higher, .lower]
    }

    /// A sentence: `OF1-03 renamed: "Referral rate" → "Referrals per 10,000"`.
    public var description: String {
        switch kind {
        case .added:
            return "\(id) added: \"\(after?.title ?? "")\""
        case .dropped:
            return "\(id) dropped: \"\(before?.title ?? "")\""
        case .renamed:
            return "\(id) renamed: \"\(before?.title ?? "")\" → \"\(after?.title ?? "")\""
        case .redefined:
            var parts: [String] = []
            if let before, let after, unitChanged {
                parts.append("unit \(before.unit.displayName) → \(after.unit.displayName)")
            }
            if let before, let after, polarityChanged {
                parts.append("polarity \(before.polarity.rawValue) → \(after.polarity.rawValue)"
                                 + (isPolarityInverted ? " (inverted)" : ""))
            }
            return "\(id) redefined: " + parts.joined(separator: ", ")
        }
    }
}
