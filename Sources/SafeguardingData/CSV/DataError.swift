/// An input file that cannot be read at all, or a value that stops a whole file from loading.
///
/// Problems confined to one row are not thrown: readers reject the row, record a problem with its
/// location and go on, so that every row is accounted for.
@frozen
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in words a person can act on.
    public var reason: String

    /// Creates an error at `location`.
    public init(_ reason: String, at location: SourceLocation) {
        self.reason = reason
        self.location = location
    }

    /// `file:line[:column]: reason`.
    public var description: String { "\(location): \(reason)" }
}
