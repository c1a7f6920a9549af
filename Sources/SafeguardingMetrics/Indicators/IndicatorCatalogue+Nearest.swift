extension IndicatorCatalogue {
    /// The catalogue's identifiers nearest to `text` by edit distance (insertions, deletions and
    /// substitutions of characters), nearest first, ties in catalogue order: what to offer for a
    /// misspelt identifier.
    ///
    /// ```swift
    /// IndicatorCatalogue.standard.nearest(to: "s47.rat")   // ["s47.rate", …]
    /// ```
    ///
    /// - Parameters:
    ///   - text: the identifier as written.
    ///   - limit: how many to return at most.
    /// - Complexity: O(indicators × length of `text` × length of an identifier).
    public func nearest(to text: String, limit: Int = 3) -> [IndicatorID] {
        let written = Array(text.lowercased().unicodeScalars)
        let ranked = indicators.enumerated().map { offset, indicator in
            (distance: IndicatorCatalogue.editDistance(written, Array(indicator.id.rawValue.unicodeScalars)),
             offset: offset, id: indicator.id)
        }.sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
        return ranked.prefix(max(0, limit)).map(\.id)
    }

    /// The Levenshtein distance between two scalar sequences.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
