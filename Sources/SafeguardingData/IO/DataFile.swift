import Foundation

/// The bytes of a file held in memory, with the name it goes by: a return, a population or
/// postcode file, or a framework that a service received in a request or generated, rather than
/// read from disk.
///
/// The name stands in for the path everywhere a path would appear: in every ``SafeguardingMetrics/DataProblem`` and
/// ``DataError`` location, in ``FileReport/path``, and, for an SSDA903 CSV with no `LA` and `YEAR`
/// columns, as the `…/<LA code>/<YYYY>/…` layout that says which authority and year it belongs to.
///
/// ```swift
/// let episodes = DataFile(name: "E06000009/2025/ssda903/episodes.csv", data: uploadedBody)
/// var builder = CohortBuilder()
/// let report = try SSDA903CSVReader().read(episodes, context: nil, into: &builder)
/// ```
@frozen
public struct DataFile: Sendable, Hashable {
    /// The name in diagnostics, and the path whose folders may say which authority and year a
    /// return belongs to.
    public var name: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// A file of `bytes` known as `name`.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// A file of the bytes of `data`, known as `name`.
    public init(name: String, data: Data) {
        self.init(name: name, bytes: Array(data))
    }

    /// A file of the UTF-8 bytes of `text`, known as `name`.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// Reads the file at `path` into memory, named by its path.
    ///
    /// - Throws: ``DataError`` of kind ``DataError/Kind/io`` when the file cannot be read.
    public init(contentsOf path: String) throws(DataError) {
        do {
            self.init(name: path, data: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DataError(.io, "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: path, line: 0))
        }
    }

    /// The last part of the name, after its last `/`.
    public var fileName: String {
        name.split(separator: "/").last.map(String.init) ?? name
    }

    /// The name's extension in lower case (`csv`, `xml`), or empty when it has none.
    public var fileExtension: String {
        let last = fileName
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }
}
