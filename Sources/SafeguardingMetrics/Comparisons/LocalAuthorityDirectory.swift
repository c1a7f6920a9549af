/// Every local authority known to a computation, with look-up by either code.
///
/// An authority's position in ``authorities`` is its *index*: tables of published values and
/// comparisons keep one array slot per authority in this order, so comparing every authority at
/// once is array indexing, with no look-up per value. ``index(of:)`` accepts an E-code
/// (`E06000009`, any case), a former E-code, a 3-digit DfE number (`890`) or the authority's
/// name (`Blackpool`, any case).
///
/// The directory the library ships with is read from the bundled ONS population file
/// (`ReferenceData.localAuthorityDirectory()` in SafeguardingData): the 153 current authorities
/// plus Cumbria and Northamptonshire, which older files still contain.
///
/// ```swift
/// let directory = LocalAuthorityDirectory([
///     LocalAuthority(code: "E06000009", number: "890", name: "Blackpool", regionName: "North West"),
///     LocalAuthority(code: "E06000008", number: "889", name: "Blackburn with Darwen", regionName: "North West"),
/// ])
/// directory.index(of: "890")           // 0
/// directory.index(of: "e06000008")     // 1
/// directory.indices(inRegion: "north west") // [0, 1]
/// ```
@frozen
public struct LocalAuthorityDirectory: Sendable, Hashable {
    /// The authorities, in index order.
    public let authorities: [LocalAuthority]
    /// Upper-cased E-codes (current and former), DfE numbers and lower-cased names, to indices.
    @usableFromInline
    let lookup: [String: Int]

    /// Creates a directory; the order of `authorities` fixes each one's index.
    ///
    /// - Precondition: E-codes (current and former) and DfE numbers are unique.
    public init(_ authorities: [LocalAuthority]) {
        var lookup: [String: Int] = [:]
        var names: [String: Int] = [:]
        for (index, authority) in authorities.enumerated() {
            for code in [authority.code] + authority.formerCodes {
                let key = code.uppercased()
                precondition(lookup[key] == nil, "E-code \(code) is listed twice in the directory")
                lookup[key] = index
            }
            precondition(lookup[authority.number] == nil, "DfE number \(authority.number) is listed twice in the directory")
            lookup[authority.number] = index
            names[authority.name.lowercased()] = names[authority.name.lowercased()] == nil ? index : -1
        }
        // Names are a convenience: a name two authorities share resolves to neither.
        for (name, index) in names where index >= 0 && lookup[name] == nil { lookup[name] = index }
        self.authorities = authorities
        self.lookup = lookup
    }

    /// The number of authorities.
    @inlinable
    public var count: Int { authorities.count }

    /// The index of the authority with this E-code, former E-code, DfE number or name; `nil`
    /// when none matches. Surrounding blanks are ignored.
    ///
    /// - Complexity: O(length of `code`), a hash look-up.
    public func index(of code: some StringProtocol) -> Int? {
        let text = String(code).trimmingBlanks()
        return lookup[text.uppercased()] ?? lookup[text] ?? lookup[text.lowercased()]
    }

    /// The authority with this E-code, former E-code, DfE number or name.
    public subscript(code: String) -> LocalAuthority? {
        index(of: code).map { authorities[$0] }
    }

    /// The names of the regions the authorities belong to, sorted.
    public var regionNames: [String] {
        Array(Set(authorities.map(\.regionName))).sorted()
    }

    /// The indices of the authorities in a region (matched without regard to case), in index order.
    ///
    /// - Complexity: O(n) in the number of authorities.
    public func indices(inRegion name: String) -> [Int] {
        let wanted = name.trimmingBlanks().lowercased()
        return authorities.indices.filter { authorities[$0].regionName.lowercased() == wanted }
    }

    /// The directory's spelling of a region name matched without regard to case, or `nil`.
    public func regionName(matching name: String) -> String? {
        let wanted = name.trimmingBlanks().lowercased()
        return authorities.first { $0.regionName.lowercased() == wanted }?.regionName
    }
}
