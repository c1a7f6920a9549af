import SafeguardingMetrics

/// A framework read from a file, with every problem found reading and validating it.
///
/// Every data row is accounted for: `rowsRead == rowsAccepted + rowsRejected`. A row is rejected
/// only when it cannot be a framework row at all (no id, an unknown unit or polarity); every other
/// problem leaves the row loaded and is reported in ``problems``, in file order.
///
/// ```swift
/// let loaded = try FrameworkCSV.read(path: ReferenceData.blackpoolFramework, version: "2024-01")
/// print(loaded.rowsAccepted, loaded.problems.count)          // 40 5
/// let scorecard = Scorecard(framework: loaded.framework, at: "2024-01")
/// ```
@frozen
public struct LoadedFramework: Sendable, Hashable {
    /// The framework.
    public var framework: OutcomesFramework
    /// Reading problems and validation findings, in file order.
    public var problems: [FrameworkProblem]
    /// How many data rows the file has.
    public var rowsRead: Int
    /// How many became framework rows.
    public var rowsAccepted: Int
    /// How many could not be read as framework rows (each has a problem).
    public var rowsRejected: Int
    /// Where the rows and fields are in the file (`nil` for JSON).
    public var sourceMap: FrameworkSourceMap?
    /// The problems found while reading, before validation.
    public var readingProblems: [FrameworkProblem]

    /// Creates a loaded framework, validating it: ``problems`` are `readingProblems` followed by
    /// the validation findings, located through `sourceMap` and put in file order.
    public init(framework: OutcomesFramework, readingProblems: [FrameworkProblem], rowsRead: Int, rowsRejected: Int,
                sourceMap: FrameworkSourceMap?) {
        self.framework = framework
        self.readingProblems = readingProblems
        self.rowsRead = rowsRead
        self.rowsAccepted = rowsRead - rowsRejected
        self.rowsRejected = rowsRejected
        self.sourceMap = sourceMap
        self.problems = []
        self.problems = validated(against: [])
    }

    /// The reading problems and the findings of validating the framework against computed
    /// actuals (typed-in actuals that disagree with them are reported), located and in file order.
    public func validated(against computed: [ComputedActual]) -> [FrameworkProblem] {
        let findings = framework.validate(against: computed).map { finding in
            FrameworkProblem(kind: finding.kind, indicator: finding.indicator,
                             location: sourceMap?.location(of: finding), message: finding.message)
        }
        return (readingProblems + findings).enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? Int.max, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? Int.max, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }
}
