import Foundation
import ZIPFoundation

/// A ZIP package (the container of an `.xlsx` file) made and read in memory with ZIPFoundation.
enum ZipPackage {
    /// The modification time every entry is given, so the same parts make the same bytes:
    /// 1 January 1980, the earliest a ZIP file can record.
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    /// The largest part read (uncompressed): 256 MiB, so a small file cannot expand without end.
    static let largestPart: Int64 = 256 << 20

    /// A package of `parts` (path and bytes), compressed with deflate.
    ///
    /// - Throws: ``SpreadsheetError`` when the archive cannot be made.
    static func archive(_ parts: [(path: String, bytes: [UInt8])]) throws(SpreadsheetError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: timestamp, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw SpreadsheetError("the workbook's package was not made") }
            return [UInt8](data)
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError("cannot make the workbook's package: \(error)")
        }
    }

    /// The files of the package in `bytes`, by path.
    ///
    /// - Throws: a description of why `bytes` is not a ZIP package, or a part is too large.
    static func parts(of bytes: [UInt8]) throws(SpreadsheetError) -> [String: [UInt8]] {
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            var parts: [String: [UInt8]] = [:]
            for entry in archive where entry.type == .file {
                guard Int64(entry.uncompressedSize) <= largestPart else {
                    throw SpreadsheetError("the part \(entry.path) is larger than \(largestPart >> 20) MiB")
                }
                var content = [UInt8]()
                _ = try archive.extract(entry) { chunk in
                    content.append(contentsOf: chunk)
                    if content.count > largestPart { throw SpreadsheetError("the part \(entry.path) is too large") }
                }
                parts[entry.path] = content
            }
            return parts
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError("not an Excel workbook (a ZIP package): \(error)")
        }
    }
}
