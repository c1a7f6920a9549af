/// Proposes the catalogue indicator a framework row measures, from its title and unit.
///
/// Both the row's title and each indicator's title and identifier are read as sets of
/// ``MatchConcept``s (closed under ``MatchConcept/implies``). An indicator is a candidate when
/// it has the row's unit, its polarity does not contradict the row's (`higher` against `lower`),
/// and it measures everything the row's title names: every concept of the row is one of the
/// indicator's. Among candidates the one naming the fewest further concepts is proposed (the
/// closest fit: "Referral rate" is `referrals.rate`, not re-referrals); a tie is
/// ``IndicatorSuggestion/ambiguous(_:)``. A row naming no concept, or a local one (in its title
/// or outcome area), gets ``IndicatorSuggestion/none``.
///
/// The vocabulary is data: ``standard`` reads the DfE catalogue's wording and the usual wording of
/// council frameworks; a service with other words passes its own concepts.
///
/// ```swift
/// let matcher = IndicatorMatcher.standard
/// matcher.suggestion(title: "% of children who have had a repeat Child Protection Plan", unit: .percentage)
/// // .indicator("cpp.second_or_subsequent.percent")
/// ```
public struct IndicatorMatcher: Sendable {
    /// The vocabulary.
    public let concepts: [MatchConcept]
    /// The indicators proposed from.
    public let catalogue: IndicatorCatalogue
    /// Phrases as word lists, longest first, with the concepts each names.
    private let phrases: [(words: [String], concepts: [String])]
    /// Each catalogue indicator's concepts, in catalogue order.
    private let indicatorConcepts: [(indicator: Indicator, concepts: Set<String>)]

    /// Creates a matcher over `catalogue` with the vocabulary `concepts`.
    public init(concepts: [MatchConcept], catalogue: IndicatorCatalogue = .standard) {
        self.concepts = concepts
        self.catalogue = catalogue
        var phrases: [(words: [String], concepts: [String])] = []
        for concept in concepts {
            for phrase in concept.phrases {
                let words = IndicatorMatcher.words(phrase)
                if let index = phrases.firstIndex(where: { $0.words == words }) {
                    phrases[index].concepts.append(concept.name)
                } else {
                    phrases.append((words, [concept.name]))
                }
            }
        }
        self.phrases = phrases.sorted { $0.words.count > $1.words.count }
        let implications = Dictionary(concepts.map { ($0.name, $0.implies) }, uniquingKeysWith: +)
        self.implications = implications
        var indicatorConcepts: [(indicator: Indicator, concepts: Set<String>)] = []
        for indicator in catalogue.indicators {
            // Identifiers read as words too: `.` and `_` separate them (`cpp.ceased_after_2_years`).
            let found = IndicatorMatcher.read(indicator.title, phrases: self.phrases)
                .union(IndicatorMatcher.read(indicator.id.rawValue, phrases: self.phrases))
            indicatorConcepts.append((indicator, IndicatorMatcher.closure(found, implications)))
        }
        self.indicatorConcepts = indicatorConcepts
    }

    /// What each concept implies.
    private let implications: [String: [String]]

    /// The concepts `text` names, with what they imply.
    ///
    /// ```swift
    /// IndicatorMatcher.standard.concepts(in: "Rate of new entrants to care")   // ["started", "looked_after"]
    /// ```
    public func concepts(in text: String) -> Set<String> {
        IndicatorMatcher.closure(IndicatorMatcher.read(text, phrases: phrases), implications)
    }

    /// The indicator a row titled `title`, in `unit`, measures (see the type's discussion).
    ///
    /// - Parameters:
    ///   - title: the row's title as the framework words it.
    ///   - unit: the row's unit; only indicators in the same unit are proposed.
    ///   - polarity: the row's polarity; an indicator whose polarity contradicts it is not proposed.
    ///   - outcome: the row's outcome area, read for local concepts only ("audits graded good").
    /// - Complexity: O(words of the title × phrases + indicators × concepts).
    public func suggestion(title: String, unit: MeasureUnit, polarity: Polarity = .none,
                           outcome: String = "") -> IndicatorSuggestion {
        let wanted = concepts(in: title)
        let local = Set(concepts.filter(\.local).map(\.name))
        guard !wanted.isEmpty, wanted.isDisjoint(with: local),
              IndicatorMatcher.read(outcome, phrases: phrases).isDisjoint(with: local) else { return .none }
        let candidates = indicatorConcepts.filter { entry in
            entry.indicator.unit == unit && wanted.isSubset(of: entry.concepts)
                && !IndicatorMatcher.contradicts(polarity, entry.indicator.polarity)
        }
        guard let fewest = candidates.map(\.concepts.count).min() else { return .none }
        let best = candidates.filter { $0.concepts.count == fewest }.map(\.indicator.id)
        return best.count == 1 ? .indicator(best[0]) : .ambiguous(best)
    }

    /// The suggestion for a framework row: its title, unit, polarity and outcome area.
    public func suggestion(for row: FrameworkIndicator) -> IndicatorSuggestion {
        suggestion(title: row.title, unit: row.unit, polarity: row.polarity, outcome: row.outcome)
    }

    /// Whether two polarities point opposite ways.
    static func contradicts(_ a: Polarity, _ b: Polarity) -> Bool {
        (a == .higher && b == .lower) || (a == .lower && b == .higher)
    }

    /// `concepts` with everything they imply, transitively.
    static func closure(_ concepts: Set<String>, _ implications: [String: [String]]) -> Set<String> {
        var result = concepts
        var pending = Array(concepts)
        while let next = pending.popLast() {
            for implied in implications[next] ?? [] where result.insert(implied).inserted {
                pending.append(implied)
            }
        }
        return result
    }

    /// The concepts whose phrases occur in `text`, longest phrase first, each word used once.
    static func read(_ text: String, phrases: [(words: [String], concepts: [String])]) -> Set<String> {
        var words = IndicatorMatcher.words(text).map(Optional.some)
        var found: Set<String> = []
        for phrase in phrases where phrase.words.count <= words.count {
            var start = 0
            while start + phrase.words.count <= words.count {
                let range = start..<(start + phrase.words.count)
                if zip(words[range], phrase.words).allSatisfy({ $0 == $1 }) {
                    found.formUnion(phrase.concepts)
                    for index in range { words[index] = nil }
                    start = range.upperBound
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    /// `text` as lower-case words: letters and digits, with a plural ending taken off
    /// (`enquiries` → `enquiry`, `plans` → `plan`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            words.append(singular(current))
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber { current.append(character) } else { flush() }
        }
        flush()
        return words
    }

    /// A word without its plural ending.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }
}

