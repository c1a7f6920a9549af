import Foundation
import SafeguardingMetrics

/// Reads and writes outcomes frameworks as JSON, exactly.
///
/// The layout is the `Codable` form of `OutcomesFramework`, with snake-case keys:
/// ```json
/// {"name": "Blackpool", "version": "2024-01", "indicators": [
///   {"id": "OF1-03", "outcome": "…", "title": "Referral Rate per 10000", "unit": "rate_per_10000",
///    "polarity": "lower", "decimals": 0, "computed_id": "referrals.rate",
///    "points": [{"kind": "baseline", "date": "2023-04", "value": "833"},
///               {"kind": "target", "date": "2024-10", "tbc": true},
///               {"kind": "target", "date": "2023-10", "unreadable": "400/100000"},
///               {"kind": "actual", "date": "2023-10"}]}]}
/// ```
/// Values are decimal strings, never JSON numbers, so no binary floating point touches them and
/// their number of decimals survives: decoding what ``encode(_:)`` wrote gives an equal framework,
/// field for field. A blank point has none of `value`, `tbc` and `unreadable`.
///
/// ```swift
/// let json = FrameworkJSON.encode(framework)
/// try FrameworkJSON.decode(json, name: "framework.json") == framework // true
/// ```
public enum FrameworkJSON {
    /// The framework as indented JSON with sorted keys (``JSONLayout/sortedIndented``), written
    /// by the library's JSON writer from its `Codable` form.
    public static func encode(_ framework: OutcomesFramework) -> String {
        do {
            return try JSONValueEncoder().encode(framework).rendered(.sortedIndented)
        } catch {
            // Frameworks hold only strings, integers and booleans, which always encode.
            preconditionFailure("a framework failed to encode: \(error)")
        }
    }

    /// Decodes a framework from JSON text; `name` stands in for the path in errors.
    ///
    /// - Throws: ``DataError`` when the text is not a framework, naming the key path.
    public static func decode(_ text: String, name: String) throws(DataError) -> OutcomesFramework {
        try decode(Data(text.utf8), name: name)
    }

    /// Decodes a framework from JSON bytes; `name` stands in for the path in errors.
    ///
    /// - Throws: ``DataError`` when the bytes are not a framework, naming the key path.
    public static func decode(_ data: Data, name: String) throws(DataError) -> OutcomesFramework {
        do {
            return try JSONDecoder().decode(OutcomesFramework.self, from: data)
        } catch let error as DecodingError {
            throw DataError(describe(error), at: SourceLocation(file: name, line: 1))
        } catch {
            throw DataError(.notRecognised, "not a framework: \(error)", at: SourceLocation(file: name, line: 1))
        }
    }

    /// Reads a framework JSON file and validates it. Findings have no line and column (JSON has
    /// none to point at); their messages name the indicator and point.
    ///
    /// - Throws: ``DataError`` when the file cannot be read or is not a framework.
    public static func read(path: String) throws(DataError) -> LoadedFramework {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DataError(.io, "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: path, line: 1))
        }
        let framework = try decode(data, name: path)
        return LoadedFramework(framework: framework, readingProblems: [], rowsRead: framework.indicators.count,
                               rowsRejected: 0, sourceMap: nil)
    }

    /// Writes a framework as JSON to `path`, replacing the file in one step
    /// (``AtomicFileWriter``: a failed write leaves the previous file as it was).
    ///
    /// - Throws: ``DataError`` when the file cannot be written.
    public static func write(_ framework: OutcomesFramework, to path: String) throws(DataError) {
        do throws(FileWriteError) {
            try AtomicFileWriter(path: path).write(encode(framework))
        } catch {
            throw DataError(.io, "cannot write the file: \(error.reason)", at: SourceLocation(file: path, line: 1))
        }
    }

    /// A decoding error as a sentence with its key path: `indicators[2].points[0].value: …`.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "the top level" : text)
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not a framework: \(error)"
        }
    }
}
