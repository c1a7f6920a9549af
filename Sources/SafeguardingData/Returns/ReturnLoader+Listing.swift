import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ReturnLoader {
    /// The files under `path` (itself when it is a file) with one of `extensions`, sorted, and a
    /// report for each entry of a folder that is skipped because it is not a regular file (a FIFO,
    /// socket or device: reading one could wait for ever). Folders are searched recursively,
    /// following links to folders once each.
    ///
    /// - Throws: ``DataError`` of kind ``DataError/Kind/notFound`` when the path does not exist or
    ///   a folder holds no such file; of kind ``DataError/Kind/io`` when a folder cannot be read or
    ///   an entry of one cannot be examined (a link that loops, a folder without permission):
    ///   an input is never left out in silence.
    package static func listing(under path: String, extensions: Set<String>,
                                what: String) throws(DataError) -> (files: [String], skipped: [FileReport]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError(.notFound, "no such file or folder", at: SourceLocation(file: path, line: 0))
        }
        guard isDirectory.boolValue else { return ([path], []) }
        var found: [String] = [], skipped: [FileReport] = [], visited: Set<FileIdentity> = []
        try walk(path, extensions: extensions, found: &found, skipped: &skipped, visited: &visited)
        guard !found.isEmpty else {
            throw DataError(.notFound, "no \(what) files (\(extensions.sorted().map { "." + $0 }.joined(separator: " or "))) in this folder",
                            at: SourceLocation(file: path, line: 0))
        }
        return (found.sorted(), skipped)
    }

    /// Adds the regular files with one of `extensions` in `folder` and its subfolders to `found`,
    /// and a report for each other entry that is neither a file nor a folder to `skipped`.
    private static func walk(_ folder: String, extensions: Set<String>, found: inout [String],
                             skipped: inout [FileReport], visited: inout Set<FileIdentity>) throws(DataError) {
        guard let identity = FileIdentity(path: folder), visited.insert(identity).inserted else { return }
        guard let directory = opendir(folder) else {
            throw DataError(.io, "cannot read this folder: \(String(cString: strerror(errno)))", at: SourceLocation(file: folder, line: 0))
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names.sorted() {
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw DataError(.io, "cannot examine this entry of an input folder: \(String(cString: strerror(errno)))",
                                at: SourceLocation(file: path, line: 0))
            }
            switch Int(status.st_mode) & AtomicFileWriter.typeMask {
            case AtomicFileWriter.folderType:
                try walk(path, extensions: extensions, found: &found, skipped: &skipped, visited: &visited)
            case AtomicFileWriter.regularType:
                if extensions.contains((name as NSString).pathExtension.lowercased()) { found.append(path) }
            default:
                skipped.append(FileReport(skipped: path))
            }
        }
    }
}
