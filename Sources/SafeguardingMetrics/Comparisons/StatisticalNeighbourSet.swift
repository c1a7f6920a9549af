/// A versioned list of statistical neighbours: for each local authority, its ranked neighbours.
///
/// The DfE's children's services statistical-neighbour model gives each of the 153 authorities
/// 10 neighbours, ranked 1 (most similar) to 10, each with a closeness band. The relation is not
/// symmetric: Blackpool lists Hartlepool first, but Hartlepool's list is its own. The model is
/// refreshed from time to time (2021, 2025) and the lists differ a lot, so a comparison always
/// names the version it used (``version``), and where it came from (``source``, ``licence``).
///
/// The 2025 list is bundled with SafeguardingData (`ReferenceData.statisticalNeighbours2025Set()`);
/// any list in the same long layout can be read from a file.
///
/// ```swift
/// let set = StatisticalNeighbourSet(version: "example", source: "hand-written", licence: nil, lists: [
///     "E06000009": [StatisticalNeighbour(code: "E06000001", rank: 1, closeness: .veryClose)],
/// ])
/// set.neighbours(of: "E06000009").map(\.code)   // ["E06000001"]
/// set.neighbours(of: "E06000001")               // [] (not symmetric)
/// ```
@frozen
public struct StatisticalNeighbourSet: Sendable, Hashable {
    /// The version of the model, for example `2025`.
    public var version: String
    /// Where the list came from (a publication, a repository and commit, or a file path).
    public var source: String
    /// The licence the list is published under, when known (`Open Government Licence v3.0`).
    public var licence: String?
    /// Each authority's neighbours in rank order, by the authority's code as the list gives it.
    public private(set) var lists: [String: [StatisticalNeighbour]]

    /// Creates a set from each authority's neighbours (any order; they are sorted by rank).
    ///
    /// - Precondition: within one authority's list, ranks are unique and the authority is not
    ///   its own neighbour.
    public init(version: String, source: String, licence: String?, lists: [String: [StatisticalNeighbour]]) {
        self.version = version
        self.source = source
        self.licence = licence
        self.lists = lists.mapValues { $0.sorted { $0.rank < $1.rank } }
        for (code, neighbours) in self.lists {
            precondition(Set(neighbours.map(\.rank)).count == neighbours.count, "\(code) has two neighbours with the same rank")
            precondition(!neighbours.contains { $0.code == code }, "\(code) is listed as its own neighbour")
        }
    }

    /// The codes of the authorities that have a list, sorted.
    public var authorityCodes: [String] { lists.keys.sorted() }

    /// The neighbours of the authority with code `code`, in rank order; empty when it has no list.
    public func neighbours(of code: String) -> [StatisticalNeighbour] {
        lists[code] ?? []
    }

    /// The neighbours of the authority that `directory` resolves `code` to (an E-code, former
    /// E-code, DfE number or name), in rank order; empty when it has no list.
    ///
    /// ```swift
    /// set.neighbours(of: "890", in: directory).first?.code   // "E06000001"
    /// ```
    public func neighbours(of code: String, in directory: LocalAuthorityDirectory) -> [StatisticalNeighbour] {
        if let list = lists[code] { return list }
        guard let authority = directory[code] else { return [] }
        for candidate in [authority.code, authority.number] + authority.formerCodes {
            if let list = lists[candidate] { return list }
        }
        return []
    }

    /// The number of neighbours an authority has in both this set and `other` (by code).
    ///
    /// The 2021 and 2025 lists share 5.4 of 10 neighbours on average (INDICATORS.md §6), which is
    /// why a comparison must say which list it used.
    ///
    /// - Complexity: O(k) in the lengths of the two lists.
    public func sharedNeighbourCount(with other: StatisticalNeighbourSet, for code: String) -> Int {
        let mine = Set(neighbours(of: code).map(\.code))
        return other.neighbours(of: code).filter { mine.contains($0.code) }.count
    }
}
