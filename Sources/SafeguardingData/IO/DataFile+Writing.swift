import Foundation

extension DataFile {
    /// Writes the bytes to the file at ``name`` inside `directory` (creating its folders), and
    /// returns how many were written.
    ///
    /// - Throws: ``DataError`` of kind ``DataError/Kind/io`` when the file cannot be written.
    @discardableResult
    public func write(under directory: String) throws(DataError) -> Int {
        let path = directory + "/" + name
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return bytes.count
        } catch {
            throw DataError(.io, "cannot write file: \(error.localizedDescription)", at: SourceLocation(file: path, line: 0))
        }
    }
}
