/// One return file for ``ReturnLoader`` to read: a file on disk or bytes in memory, of a kind
/// (SSDA903, CIN census or a local table) given by the option it came from. Both loaders turn their inputs into
/// these and read them with one function, so a file given as a path and the same file given as
/// bytes are read, placed and checked alike.
package struct ReturnInput: Sendable {
    /// Where the bytes are.
    package enum Source: Sendable {
        /// A file on disk.
        case path(String)
        /// Bytes in memory, named.
        case bytes(DataFile)
    }

    /// The kind of return, by the option the file was given with.
    package enum Kind: Sendable {
        /// An SSDA903 table (CSV) or return (XML).
        case ssda903
        /// A CIN census (XML).
        case cin
        /// A council's local table (events, episodes, attendance, audits: INDICATORS.md §4), CSV.
        case local
    }

    /// Where the bytes are.
    package var source: Source
    /// The kind of return.
    package var kind: Kind

    /// An input of `kind` from `source`.
    package init(_ source: Source, kind: Kind) {
        self.source = source
        self.kind = kind
    }

    /// The path, or the name that stands in for it.
    package var name: String {
        switch source {
        case .path(let path): path
        case .bytes(let file): file.name
        }
    }

    /// Whether an SSDA903 input is XML (its name ends in `.xml`) rather than CSV.
    package var isXML: Bool { name.lowercased().hasSuffix(".xml") }

    /// What makes two inputs the same file: the device and inode of a file on disk (whatever
    /// path or link reached it), the name of bytes in memory; `nil` when a file cannot be examined.
    package var identity: Identity? {
        switch source {
        case .path(let path): FileIdentity(path: path).map(Identity.file)
        case .bytes(let file): .name(file.name)
        }
    }

    /// What makes two inputs the same file.
    package enum Identity: Hashable, Sendable {
        /// A file on disk, by device and inode.
        case file(FileIdentity)
        /// Bytes in memory, by name.
        case name(String)
    }
}
