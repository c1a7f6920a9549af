import Dispatch

extension IndicatorComputation {
    /// Computes the figures off the caller's executor, for async code: the counting runs on
    /// Dispatch's worker threads, and the calling task is suspended, not blocked, until it is done.
    ///
    /// ``compute(threads:)`` blocks the thread that calls it for the whole computation (from
    /// milliseconds for one authority to a second for every authority in England). Called
    /// directly from a task it would hold one of the cooperative pool's few threads, or the
    /// main actor, for that long; this method hands the work to Dispatch instead and resumes the
    /// task with the results.
    ///
    /// ```swift
    /// func indicators(for request: IndicatorRequest) async throws -> IndicatorResults {
    ///     let computation = try IndicatorComputation(request)   // checks the request; quick
    ///     return await computation.computeAsync()
    /// }
    /// ```
    /// - Complexity: O(rows) work, spread over `threads` cores.
    public func computeAsync(threads: Int = IndicatorComputation.defaultThreads) async -> IndicatorResults {
        await withCheckedContinuation { (continuation: CheckedContinuation<IndicatorResults, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: self.compute(threads: threads))
            }
        }
    }
}
