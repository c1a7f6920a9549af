/// Which file gave each table of each return (authority, collection year and table), so that the
/// same return given in two different files is read once.
///
/// A reader claims a file's tables once it knows the file's authority, year and table, before it
/// adds any row. When another file has claimed one of them, the reader adds nothing and gives
/// ``FileReport/init(sameReturn:table:as:context:)`` instead. Files are read in sorted path order
/// (see ``ReturnLoader``), so of two files of one return the first in that order is read.
package struct ReturnClaims: Sendable {
    /// The file that claimed each authority, year and table.
    private var owners: [Key: String] = [:]

    /// An authority, collection year and table.
    private struct Key: Hashable, Sendable {
        var authority: String
        var year: Int
        var table: String
    }

    /// The claims made through this value, in order: a file read on its own (in parallel with
    /// others) makes them again, in file order, on the claims of the whole read.
    package private(set) var made: [(tables: [String], context: ReturnContext)] = []

    /// No table claimed.
    package init() {}

    /// Claims `tables` of the return `context` for `file`, unless another file holds one of them:
    /// then nothing is claimed and that file's path is returned.
    package mutating func claim(_ tables: [String], of context: ReturnContext, for file: String) -> String? {
        let keys = tables.map { Key(authority: context.authority, year: context.collectionYear, table: $0) }
        if let taken = keys.compactMap({ owners[$0] }).first(where: { $0 != file }) { return taken }
        for key in keys { owners[key] = file }
        made.append((tables, context))
        return nil
    }
}
