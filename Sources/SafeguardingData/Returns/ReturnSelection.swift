import SafeguardingMetrics

/// The returns a validation looks at: those of some authorities, or of a period. A file placed
/// by its folders (`…/<LA code>/<YYYY>/…`) or by the context given is read only when its
/// authority and collection year are selected; a file that says neither is always read.
///
/// ```swift
/// let selection = ReturnSelection(authorities: ["E06000009"], period: .collectionYear(2025))
/// let report = try ReturnSet.validate(ssda903: ["data"], cin: ["data"], selection: selection)
/// ```
@frozen
public struct ReturnSelection: Sendable, Hashable {
    /// The authorities, by E-code (or a well-formed code the directory does not know); all when empty.
    public var authorities: Set<String>
    /// The period: a return is selected when its collection year overlaps it; all when `nil`.
    public var period: ReportingPeriod?

    /// A selection; by default everything.
    public init(authorities: Set<String> = [], period: ReportingPeriod? = nil) {
        self.authorities = authorities
        self.period = period
    }

    /// Whether the return of `context` is selected.
    public func includes(_ context: ReturnContext) -> Bool {
        if !authorities.isEmpty && !authorities.contains(context.authority) { return false }
        guard let period else { return true }
        let year = ReportingPeriod.collectionYear(context.collectionYear)
        return year.start <= period.end && period.start <= year.end
    }
}
