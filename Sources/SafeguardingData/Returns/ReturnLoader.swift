import SafeguardingMetrics
import Foundation

/// Loads statutory returns from files and folders into one ``SafeguardingMetrics/Cohort``: SSDA903 folders (CSV or
/// XML) and CIN census XML files, any number of authorities and years, merged by record key with
/// the latest return winning.
///
/// ```swift
/// let loaded = try ReturnLoader().load(ssda903: ["data/E06000009/2025/ssda903"],
///                                      cin: ["data/E06000009/2025/cin/cin_census_2025.xml"])
/// print(loaded.cohort.episodes.count, loaded.files.map(\.rowsRejected))
/// ```
public struct ReturnLoader: Sendable {
    /// How an authority written in a file or folder name (E-code, DfE number or name) becomes an E-code.
    public var resolveAuthority: @Sendable (String) -> String?
    /// The largest field, line, record and nesting the readers accept.
    public var limits: ReadLimits
    /// The authority and year of files that carry none (no `LA`/`YEAR` columns or header, no
    /// `…/<LA code>/<YYYY>/…` folders): the command line's single `--la` and `--year`.
    public var context: ReturnContext?
    /// Called after each file is read, with how many of the files found have been read
    /// (`nil`: no progress is reported).
    public var progress: WorkProgress.Handler?
    /// How many files are read at once, each on a thread of its own (1: one after another). The
    /// cohort, its row orders and every problem are the same for any number.
    public var threads: Int = IndicatorComputation.defaultThreads
    /// On more than one thread, a CIN census larger than this many bytes is read in pieces of
    /// about this size, each on a thread of its own, so that one large census uses every core
    /// (the results are those of reading it whole).
    package var pieceBytes = 8 << 20

    /// Creates a loader.
    public init(resolveAuthority: @escaping @Sendable (String) -> String? = ReturnContext.bundledAuthorities,
                limits: ReadLimits = .standard, context: ReturnContext? = nil) {
        self.resolveAuthority = resolveAuthority
        self.limits = limits
        self.context = context
    }

    /// Reads every SSDA903 file under the `ssda903` paths (folders are searched recursively for
    /// `.csv` and `.xml` files; an entry that is not a regular file is reported and skipped) and every CIN census file under the `cin` paths, and builds the cohort.
    ///
    /// Each SSDA903 file's authority and year come from `LA`/`YEAR` columns, `contexts` (by path),
    /// its folder (`…/<LA code>/<YYYY>/…`) or ``context``; each CIN file's from its header.
    ///
    /// Files of each kind are read in sorted path order. A file reached twice, by two paths,
    /// links or the same path given twice (the same device and inode), is read once: the later
    /// path gets a report with a warning naming both. Two different files holding the same
    /// table of the same return (authority and collection year) are not merged: the first in
    /// sorted path order is read and the other gets a report naming both. Every problem the
    /// cohort build finds is added to the report of the file it is in.
    ///
    /// - Throws: ``DataError`` when a path does not exist, holds no return files, a folder cannot
    ///   be read, or a file cannot be placed or read: among them an XML file that is not a whole document (one cut short)
    ///   and a file with a piece past ``limits``. A damaged file is never read as whole.
    ///
    /// `local` names a council's local tables (events, episodes, attendance, audits: INDICATORS.md
    /// §4, read by ``LocalTableReader``), read into the same cohort so that their children join the
    /// returns' children by identifier.
    public func load(ssda903: [String] = [], cin: [String] = [], contexts: [String: ReturnContext] = [:],
                     local: [String] = []) throws(DataError) -> LoadedCohort {
        let listed = try ReturnLoader.inputs(ssda903: ssda903, cin: cin, local: local)
        var loaded = try read(listed.inputs, contexts: contexts, unreadable: .stop)
        loaded.files = listed.skipped + loaded.files
        return loaded
    }

    /// The inputs under the paths (each folder searched recursively, as ``listing(under:extensions:what:)``
    /// does), and a report for each entry skipped as not a regular file.
    ///
    /// - Throws: ``DataError`` when a path does not exist, holds no return files, or a folder cannot be read.
    package static func inputs(ssda903: [String], cin: [String], local: [String] = [], layout: Bool = false) throws(DataError)
        -> (inputs: [ReturnInput], skipped: [FileReport]) {
        var inputs: [ReturnInput] = [], skipped: [FileReport] = []
        for path in ssda903 {
            let listed = layout ? try returnFiles(under: path, extensions: ["csv", "xml"], what: "SSDA903", folder: "ssda903")
                : try listing(under: path, extensions: ["csv", "xml"], what: "SSDA903")
            inputs += listed.files.map { ReturnInput(.path($0), kind: .ssda903) }
            skipped += listed.skipped
        }
        for path in cin {
            let listed = layout ? try returnFiles(under: path, extensions: ["xml"], what: "CIN census", folder: "cin")
                : try listing(under: path, extensions: ["xml"], what: "CIN census")
            inputs += listed.files.map { ReturnInput(.path($0), kind: .cin) }
            skipped += listed.skipped
        }
        inputs += local.map { ReturnInput(.path($0), kind: .local) }
        return (inputs, skipped)
    }
}

extension ReturnLoader {
    /// The return files under `path` (itself when it is a file). When some of them lie in folders
    /// named `folder` (the layout ``SyntheticCohort`` writes, `<LA code>/<YYYY>/ssda903/…` and
    /// `<LA code>/<YYYY>/cin/…`), only those: so a dataset's root, an authority's folder or a
    /// year's folder can be given for both kinds of return.
    ///
    /// Entries that are not regular files are skipped, each with a report.
    ///
    /// - Throws: ``DataError`` when the path does not exist, holds no such file, or a folder
    ///   cannot be read (see ``listing(under:extensions:what:)``).
    package static func returnFiles(under path: String, extensions: Set<String>, what: String,
                                    folder: String) throws(DataError) -> (files: [String], skipped: [FileReport]) {
        let (found, skipped) = try listing(under: path, extensions: extensions, what: what)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let inFolder = found.filter { file in
            file.hasPrefix(prefix) && file.dropFirst(prefix.count).split(separator: "/").dropLast().contains { $0 == folder }
        }
        return (inFolder.isEmpty ? found : inFolder, skipped)
    }

    /// The return folders and files of a dataset laid out as ``SyntheticCohort`` writes it
    /// (`<root>/<LA code>/<YYYY>/ssda903/…` and `<root>/<LA code>/<YYYY>/cin/…`).
    ///
    /// - Throws: ``DataError`` when the folder has no such returns.
    public static func datasetPaths(root: String) throws(DataError) -> (ssda903: [String], cin: [String]) {
        var ssda903: [String] = [], cin: [String] = []
        let manager = FileManager.default
        let authorities = ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted()
        for authority in authorities {
            let years = ((try? manager.contentsOfDirectory(atPath: "\(root)/\(authority)")) ?? []).sorted()
            for year in years {
                let folder = "\(root)/\(authority)/\(year)"
                if manager.fileExists(atPath: folder + "/ssda903") { ssda903.append(folder + "/ssda903") }
                if manager.fileExists(atPath: folder + "/cin") { cin.append(folder + "/cin") }
            }
        }
        guard !ssda903.isEmpty || !cin.isEmpty else {
            throw DataError(.notFound, "no returns found: expected folders <LA code>/<YYYY>/ssda903 and <LA code>/<YYYY>/cin",
                            at: SourceLocation(file: root, line: 0))
        }
        return (ssda903, cin)
    }
}
