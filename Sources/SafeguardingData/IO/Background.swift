import Dispatch

/// Running the library's blocking work from async code.
///
/// Reading returns, computing indicators and linking a framework are synchronous and use every
/// core; called directly from a task they hold one of the cooperative pool's few threads (or the
/// main actor) until they finish. ``run(_:)`` hands the work to Dispatch's worker threads
/// instead and suspends the task, not the thread, until it is done.
///
/// ```swift
/// func board(_ upload: [DataFile]) async throws -> String {
///     let returns = try await Background.run { () throws(DataError) in try ReturnSet(ssda903: upload) }
///     let actuals = try await Background.run { () throws(ReturnSetError) in
///         try FrameworkActuals(framework: framework, at: "2024-01", returns: returns, authority: "E06000009")
///     }
///     return BoardReport(framework: framework, at: "2024-01", actuals: actuals, authority: nil, comparer: nil).html()
/// }
/// ```
public enum Background {
    /// Runs `work` on Dispatch's worker threads and returns what it returns, or throws what it throws.
    public static func run<Value: Sendable, Failure: Error>(
        _ work: @escaping @Sendable () throws(Failure) -> Value
    ) async throws(Failure) -> Value {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Value, Failure>, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Result { () throws(Failure) -> Value in try work() })
            }
        }
        return try result.get()
    }
}
