#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files and folders a run reads, and the check that an output never overwrites one of them
/// or lands inside one.
///
/// Files are compared by identity (device and inode number), not by name, so another spelling of
/// the path (`./returns/../returns/header.csv`), a symbolic link or a hard link to an input is
/// caught. An output inside an input folder is refused too, existing or not: the folder is read
/// as input, so the next run would read the report as a return.
///
/// ```swift
/// let inputs = ProtectedInputs(["returns/2025", "population.csv"])
/// inputs.conflict(for: "returns/2025/ssda903/header.csv")   // "returns/2025"
/// inputs.conflict(for: "board.html")                        // nil
/// ```
public struct ProtectedInputs: Sendable {
    private struct Input: Sendable {
        var path: String
        var identity: FileIdentity
        var isFolder: Bool
    }

    private let inputs: [Input]

    /// Protects `paths` (files or folders). A path that does not exist protects nothing: there is
    /// nothing to overwrite, and reading it will fail on its own.
    public init(_ paths: [String]) {
        inputs = paths.compactMap { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return Input(path: path, identity: FileIdentity(status),
                         isFolder: Int(status.st_mode) & AtomicFileWriter.typeMask == AtomicFileWriter.folderType)
        }
    }

    /// The input that writing `output` would overwrite or write inside, as it was given to
    /// ``init(_:)``, or `nil` when `output` is safe to write.
    ///
    /// - Complexity: O(d × n): `d` folders above `output`, `n` inputs.
    public func conflict(for output: String) -> String? {
        var status = stat()
        if stat(output, &status) == 0 {
            let identity = FileIdentity(status)
            if let input = inputs.first(where: { $0.identity == identity }) { return input.path }
        }
        let folders = inputs.filter(\.isFolder)
        guard !folders.isEmpty else { return nil }
        for folder in ProtectedInputs.enclosingFolders(of: output) {
            if let input = folders.first(where: { $0.identity == folder }) { return input.path }
        }
        return nil
    }

    /// The identities of the folders that hold `path`, from its own folder up to `/`, found from
    /// the nearest folder that exists, with symbolic links resolved.
    static func enclosingFolders(of path: String) -> [FileIdentity] {
        var folder = AtomicFileWriter.split(path).folder
        var status = stat()
        while stat(folder, &status) != 0 {
            let parent = AtomicFileWriter.split(folder).folder
            if parent == folder { return [] }
            folder = parent
        }
        guard let resolved = realpath(folder, nil) else { return [FileIdentity(status)] }
        var current = String(cString: resolved)
        free(resolved)
        var identities: [FileIdentity] = []
        while true {
            if stat(current, &status) == 0 { identities.append(FileIdentity(status)) }
            if current == "/" { return identities }
            current = AtomicFileWriter.split(current).folder
        }
    }
}
