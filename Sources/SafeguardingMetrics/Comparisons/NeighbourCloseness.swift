/// How close a statistical neighbour is, in the bands the DfE publishes with the neighbour model.
///
/// Cases are ordered from closest to least close, so `a < b` means `a` is the closer band.
///
/// ```swift
/// NeighbourCloseness(publishedText: "Very Close")   // .veryClose
/// NeighbourCloseness(publishedText: "Close ")       // .close (trailing blanks, as in the source)
/// NeighbourCloseness.close.rawValue                  // "close"
/// ```
@frozen
public enum NeighbourCloseness: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `extremely close`.
    case extremelyClose = "extremely_close"
    /// `very close`.
    case veryClose = "very_close"
    /// `close`.
    case close
    /// `somewhat close`.
    case somewhatClose = "somewhat_close"
    /// `not close`.
    case notClose = "not_close"

    /// Reads a band as published (`Extremely close`, `very close`, `Close `), or in snake case;
    /// `nil` for anything else.
    public init?(publishedText text: String) {
        let words = text.trimmingBlanks().lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
        self.init(rawValue: words.joined(separator: "_"))
    }

    /// The band as the DfE writes it: `extremely close`, `very close`, ...
    public var publishedText: String {
        rawValue.replacingUnderscoresWithSpaces()
    }

    /// Whether `lhs` is a closer band than `rhs`.
    public static func < (lhs: NeighbourCloseness, rhs: NeighbourCloseness) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension String {
    /// The string with `_` turned into spaces.
    func replacingUnderscoresWithSpaces() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
