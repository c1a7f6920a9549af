/// An outcome area of a framework and the indicators grouped under it.
///
/// ```swift
/// for area in framework.outcomeAreas {
///     print(area.title, area.indicators.count)
/// }
/// ```
@frozen
public struct OutcomeArea: Sendable, Hashable {
    /// The outcome, as the framework words it.
    public var title: String
    /// The indicators of the area, in framework order.
    public var indicators: [FrameworkIndicator]

    /// Creates an outcome area.
    public init(title: String, indicators: [FrameworkIndicator]) {
        self.title = title
        self.indicators = indicators
    }
}
