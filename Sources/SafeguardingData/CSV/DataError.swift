/// An input file that cannot be read at all, or a value that stops a whole file from loading.
///
/// Problems confined to one row are not thrown: readers reject the row, record a problem with its
/// location and go on, so that every row is accounted for.
///
/// ``kind`` says what went wrong in a way a program can act on (an I/O failure is worth retrying;
/// a file that is not a return is the caller's mistake; malformed content is the sender's), and
/// ``reason`` says it in words:
///
/// ```swift
/// do {
///     let report = try SSDA903CSVReader().read(upload, context: nil, into: &builder)
/// } catch {
///     switch error.kind {
///     case .io, .notFound: respond(503, error.description)
///     case .notRecognised: respond(415, error.description)
///     case .missingColumns, .unplaced, .malformed: respond(422, error.description)
///     }
/// }
/// ```
@frozen
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure stopped the file.
    @frozen
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A file or folder does not exist, or a folder holds no file of the kind asked for.
        case notFound = "not_found"
        /// The file could not be opened, read or written (an operating-system error).
        case io
        /// The content is not the kind of file expected: not an SSDA903 table, not SSDA903 or
        /// CIN census XML, not a local table, not a framework.
        case notRecognised = "not_recognised"
        /// The file is the right kind but its header lacks a column it needs.
        case missingColumns = "missing_columns"
        /// Which authority or collection year a return belongs to cannot be told (no `LA` and
        /// `YEAR` columns, no `…/<LA code>/<YYYY>/…` folders, no usable header).
        case unplaced
        /// Anything else about the content that stops the file loading: an empty file, JSON that
        /// does not decode.
        case malformed
    }

    /// What kind of failure it is.
    public var kind: Kind
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in words a person can act on.
    public var reason: String

    /// Creates an error of `kind` at `location`.
    public init(_ kind: Kind, _ reason: String, at location: SourceLocation) {
        self.kind = kind
        self.reason = reason
        self.location = location
    }

    /// Creates an error about malformed content at `location`.
    public init(_ reason: String, at location: SourceLocation) {
        self.init(.malformed, reason, at: location)
    }

    /// `file:line[:column]: reason`.
    public var description: String { "\(location): \(reason)" }
}
