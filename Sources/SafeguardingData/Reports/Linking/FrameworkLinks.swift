import SafeguardingMetrics

/// Every row of a framework with its link to a computed indicator, or why it has none: the
/// judgement of which rows the report computes and compares.
///
/// A row is linked by its `computed_id` when the catalogue has that indicator, or by its own id
/// when that names one. A `computed_id` the catalogue does not have is an error
/// (``SafeguardingMetrics/FrameworkIssueKind/unknownComputedID``) naming the nearest identifiers; a row with no
/// `computed_id` gets the ``SafeguardingMetrics/IndicatorMatcher``'s suggestion, which is shown, never applied.
///
/// ```swift
/// let loaded = try FrameworkCSV.read(path: "our_framework.csv")
/// let links = FrameworkLinks(framework: loaded.framework, sourceMap: loaded.sourceMap)
/// links.suggested.forEach { print($0.row, $0.reason) }
/// links.problems.forEach { print($0) }   // …:5:11 (computed_id): error unknown_computed_id: …
/// ```
public struct FrameworkLinks: Sendable, Hashable {
    /// One link per row, in framework order.
    public var links: [FrameworkLink]
    /// Errors with their line and column: `computed_id`s that name no indicator.
    public var problems: [FrameworkProblem]

    /// Links the rows of `framework` to `catalogue`'s indicators.
    ///
    /// - Parameters:
    ///   - framework: the framework.
    ///   - catalogue: the indicators rows may link to (the standard catalogue and any local measures).
    ///   - matcher: proposes indicators for rows with no `computed_id`; by default the standard
    ///     vocabulary over `catalogue`.
    ///   - sourceMap: where the rows are in the file, to locate problems.
    /// - Complexity: O(rows × indicators).
    public init(framework: OutcomesFramework, catalogue: IndicatorCatalogue = .standard, matcher: IndicatorMatcher? = nil,
                sourceMap: FrameworkSourceMap? = nil) {
        let matcher = matcher ?? (catalogue == .standard ? .standard
            : IndicatorMatcher(concepts: IndicatorMatcher.standardConcepts, catalogue: catalogue))
        links = []
        problems = []
        for (index, row) in framework.indicators.enumerated() {
            let state: FrameworkLink.State
            if let computed = row.computedID {
                state = catalogue[computed] != nil ? .linked(computed)
                    : .unknown(computed, nearest: catalogue.nearest(to: computed.rawValue))
            } else if catalogue[row.id.sameNamedIndicator] != nil {
                state = .linked(row.id.sameNamedIndicator)
            } else {
                switch matcher.suggestion(for: row) {
                case .indicator(let id): state = .suggested(id)
                case .ambiguous(let ids): state = .ambiguous(ids)
                case .none: state = .unmatched
                }
            }
            let link = FrameworkLink(row: row.id, title: row.title, unit: row.unit, state: state)
            links.append(link)
            if case .unknown = state {
                let finding = FrameworkFinding(kind: .unknownComputedID, row: index, indicator: row.id, field: .computedID,
                                               message: link.reason)
                problems.append(FrameworkProblem(kind: .unknownComputedID, indicator: row.id,
                                                 location: sourceMap?.location(of: finding), message: link.reason))
            }
        }
    }

    /// The rows that are not linked, in framework order.
    public var unlinked: [FrameworkLink] { links.filter { $0.indicator == nil } }

    /// The rows with a single suggested indicator.
    public var suggested: [FrameworkLink] {
        links.filter { if case .suggested = $0.state { true } else { false } }
    }

    /// The unlinked rows grouped by why, in the order unknown `computed_id`, suggested,
    /// ambiguous, no match: for a report's header.
    public var unlinkedByReason: [(code: String, links: [FrameworkLink])] {
        ["unknown_computed_id", "suggested", "ambiguous", "no_match"].compactMap { code in
            let group = unlinked.filter { $0.code == code }
            return group.isEmpty ? nil : (code, group)
        }
    }

    /// The header's account of unlinked rows, one line per reason (empty when every row is linked):
    /// `Not linked (3 rows: add computed_id to compute them): OF1-03 → referrals.rate, …`.
    public var headerLines: [String] {
        unlinkedByReason.map { code, group in
            let rows = group.map(\.row.rawValue)
            switch code {
            case "unknown_computed_id":
                return "Not linked, computed_id unknown (\(group.count)): "
                    + group.map { "\($0.row) \($0.state.writtenID) (nearest \($0.candidates.first.map(\.rawValue) ?? "-"))" }
                    .joined(separator: ", ")
            case "suggested":
                return "Not linked, a standard indicator matches (\(group.count); add computed_id to compute them): "
                    + group.map { "\($0.row) → \($0.candidates[0])" }.joined(separator: ", ")
            case "ambiguous":
                return "Not linked, several indicators match (\(group.count)): " + rows.joined(separator: ", ")
            default:
                return "Not linked, no standard indicator (\(group.count)): " + rows.joined(separator: ", ")
            }
        }
    }
}

extension FrameworkLink.State {
    /// The `computed_id` as written, for an unknown one; empty otherwise.
    var writtenID: String {
        if case .unknown(let id, _) = self { return id.rawValue }
        return ""
    }
}
