/// How far a long run has got, handed to a progress callback after each step: reading return
/// files (``ReturnLoader/progress``), generating authorities
/// (``SyntheticCohort/write(to:progress:)``). A library only reports; showing it (a line on a
/// terminal, a progress bar) is the caller's.
///
/// ```swift
/// var loader = ReturnLoader()
/// loader.progress = { step in print("\(step.completed)/\(step.total) \(step.item)") }
/// let loaded = try loader.load(ssda903: ["data"], cin: ["data"])
/// ```
public struct WorkProgress: Sendable, Hashable {
    /// How many steps are done, this one included (from 1 to ``total``).
    public var completed: Int
    /// How many steps the run has.
    public var total: Int
    /// What the step was: a file's path, an authority's code.
    public var item: String

    /// Progress of `completed` steps out of `total`, the last being `item`.
    public init(completed: Int, total: Int, item: String) {
        self.completed = completed
        self.total = total
        self.item = item
    }

    /// A callback that receives progress. It may be called from any thread, one call at a time.
    public typealias Handler = @Sendable (WorkProgress) -> Void
}
