/// Why a local measure written as text (``LocalMeasure/init(specification:)``) cannot be read.
///
/// ```swift
/// do { _ = try LocalMeasure(specification: "eh.rate=rate:EHA") } catch { print(error) }
/// // eh.rate=rate:EHA: 'rate' is not a template; write one of event_rate:KIND, …
/// ```
public struct LocalMeasureSpecificationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as written.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    /// Creates an error.
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    /// `text: reason`.
    public var description: String { "\(text): \(reason)" }
}
