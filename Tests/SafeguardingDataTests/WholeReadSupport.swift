import Foundation
@testable import SafeguardingData

/// Reads bytes through a return reader from a temporary file: the report and the built cohort,
/// or the error that stopped the read.
struct WholeRead {
    enum Format { case cin, ssda903XML, ssda903CSV }

    static let context = ReturnContext(authority: "E06000009", collectionYear: 2023)

    let directory: TemporaryDirectory
    var limits = ReadLimits.standard

    init(limits: ReadLimits = .standard) throws {
        directory = try TemporaryDirectory()
        self.limits = limits
    }

    /// Writes `bytes` to the directory's file (over the last one) and reads it as `format`.
    func read(_ bytes: [UInt8], as format: Format) throws -> Result<(FileReport, Cohort), DataError> {
        let path = try directory.write(bytes, to: "return.\(format == .ssda903CSV ? "csv" : "xml")")
        var builder = CohortBuilder()
        do throws(DataError) {
            let report: FileReport
            switch format {
            case .cin: report = try CINCensusReader(limits: limits).read(file: path, context: Self.context, into: &builder)
            case .ssda903XML: report = try SSDA903XMLReader(limits: limits).read(file: path, context: Self.context, into: &builder)
            case .ssda903CSV: report = try SSDA903CSVReader(limits: limits).read(file: path, context: Self.context, into: &builder)
            }
            return .success((report, builder.build()))
        } catch {
            return .failure(error)
        }
    }

    /// Reads `text` as `format`.
    func read(_ text: String, as format: Format) throws -> Result<(FileReport, Cohort), DataError> {
        try read(Array(text.utf8), as: format)
    }
}

extension Result {
    /// The success value, or `nil`.
    var value: Success? { if case .success(let value) = self { value } else { nil } }
    /// The error, or `nil`.
    var error: Failure? { if case .failure(let error) = self { error } else { nil } }
}

extension String {
    /// The 1-based byte column of the first `needle` in this one-line text.
    func column(of needle: String) -> Int? {
        let bytes = Array(utf8), wanted = Array(needle.utf8)
        guard wanted.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - wanted.count) where Array(bytes[start..<(start + wanted.count)]) == wanted {
            return start + 1
        }
        return nil
    }
}

/// Small, complete return documents cut from the sample files.
enum WholeSamples {
    /// The first `children` CHILD elements of the SSDA903 XML sample, as a complete document.
    static func ssda903XML(children: Int) throws -> [UInt8] {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path("ssda903_xml/fake_903.xml"))))
        let close = Array("</CHILD>".utf8)
        var found = 0, index = 0
        while found < children, index + close.count <= bytes.count {
            if Array(bytes[index..<(index + close.count)]) == close { found += 1 }
            index += 1
        }
        return Array(bytes[0..<(index - 1 + close.count)]) + Array("</EXPSSDA903>\n".utf8)
    }

    /// A sample file's bytes.
    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Samples.path(relative))))
    }
}
