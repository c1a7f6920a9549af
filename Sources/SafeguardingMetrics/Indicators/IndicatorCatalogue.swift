/// A set of indicator definitions, looked up by identifier.
///
/// ``standard`` is the DfE catalogue of INDICATORS.md §2-3 with the default polarities of §7,
/// defined family by family (``IndicatorFamily``) and documented, indicator by indicator, in
/// <doc:IndicatorDefinitions>. It is only the default: build a catalogue of your own to change a
/// polarity, add local measures, or drop indicators you do not report.
///
/// ```swift
/// let catalogue = IndicatorCatalogue.standard
/// catalogue["cpp.second_or_subsequent.percent"]?.polarity // .lower
/// ```
@frozen
public struct IndicatorCatalogue: Sendable, Hashable {
    /// The indicators, in catalogue order.
    public private(set) var indicators: [Indicator]

    /// Creates a catalogue.
    ///
    /// - Precondition: identifiers are unique.
    public init(_ indicators: [Indicator]) {
        precondition(Set(indicators.map(\.id)).count == indicators.count, "indicator identifiers must be unique")
        self.indicators = indicators
    }

    /// The indicator with identifier `id`, if the catalogue has it.
    public subscript(id: IndicatorID) -> Indicator? {
        indicators.first { $0.id == id }
    }

    /// A copy with `indicator` added, or replacing the one with the same identifier.
    public func replacing(_ indicator: Indicator) -> IndicatorCatalogue {
        var copy = self
        if let index = copy.indicators.firstIndex(where: { $0.id == indicator.id }) {
            copy.indicators[index] = indicator
        } else {
            copy.indicators.append(indicator)
        }
        return copy
    }
}

extension IndicatorCatalogue {
    /// The standard catalogue: every CIN census indicator (1 decimal place) and every SSDA903
    /// indicator (whole numbers; SDQ average 1 decimal place), with the DfE's default polarities:
    /// the indicators of each ``IndicatorFamily`` in turn.
    public static let standard = IndicatorCatalogue(IndicatorFamily.allCases.flatMap(\.indicators))
}
