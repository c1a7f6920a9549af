/// The choices a scorecard is built with: the RAG policy (for all rows, or per row) and the
/// comparator values the significance rule compares with.
///
/// ```swift
/// var settings = ScorecardSettings()
/// settings.ragPolicies["OF4-15"] = .tolerance(.units(FixedDecimal(1)))
/// settings.comparatorValues["OF1-03"] = FixedDecimal(units: 5_461, decimals: 1)
/// ```
@frozen
public struct ScorecardSettings: Sendable, Hashable {
    /// The RAG policy of every row without one of its own; ``RAGPolicy/standard`` by default.
    public var ragPolicy: RAGPolicy
    /// RAG policies for particular rows, by row identifier.
    public var ragPolicies: [FrameworkRowID: RAGPolicy]
    /// The comparator's value for each row (statistical neighbours, region or England, as the
    /// row's ``FrameworkIndicator/comparator`` says), by row identifier, in the row's unit.
    public var comparatorValues: [FrameworkRowID: FixedDecimal]

    /// Creates settings; by default the standard RAG policy and no comparator values.
    public init(ragPolicy: RAGPolicy = .standard, ragPolicies: [FrameworkRowID: RAGPolicy] = [:],
                comparatorValues: [FrameworkRowID: FixedDecimal] = [:]) {
        self.ragPolicy = ragPolicy
        self.ragPolicies = ragPolicies
        self.comparatorValues = comparatorValues
    }

    /// The RAG policy of the row with identifier `id`.
    public func ragPolicy(for id: FrameworkRowID) -> RAGPolicy {
        ragPolicies[id] ?? ragPolicy
    }
}
