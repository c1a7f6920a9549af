import SafeguardingMetrics

extension ReturnLoader {
    /// What to do with a file that cannot be read (not a return, unplaced, cut short, past a limit).
    package enum Unreadable: Sendable {
        /// Stop the load with the file's ``DataError``: a computation never uses a damaged file.
        case stop
        /// Report the file (``FileReport/init(unreadable:_:)``) and go on: `validate` reports every file.
        case report
    }

    /// Reads return inputs, on disk or in memory, and builds the cohort: the one function both
    /// ``load(ssda903:cin:contexts:local:)`` and the bytes form use, and
    /// `validate` through ``ReturnSet/validate(ssda903:cin:population:postcodes:directory:context:local:selection:threads:)``.
    ///
    /// - Inputs of each kind are read in sorted path (or name) order, so the result does not
    ///   depend on the order they were given in.
    /// - A file reached twice (the same device and inode, or the same name in memory) is read once;
    ///   the later one gets ``FileReport/init(duplicate:of:)``.
    /// - A file holding a table of a return (authority, collection year) that an earlier file
    ///   gave is left unread, with ``FileReport/init(sameReturn:table:as:context:)``.
    /// - A file's authority and year come from its `LA`/`YEAR` columns or header, else `contexts`
    ///   by name, else its path (`…/<LA code>/<YYYY>/…`), else ``context``.
    /// - ``progress``, when set, is called after each input, read or not.
    /// - Every problem the cohort build finds (an end before a start, overlapping episodes, a key
    ///   repeated in a return, records of a child no return describes) is added to the report of
    ///   the file it is in.
    ///
    /// - Throws: ``DataError`` when `unreadable` is ``Unreadable/stop`` and a file cannot be read.
    package func read(_ inputs: [ReturnInput], contexts: [String: ReturnContext],
                      unreadable: Unreadable) throws(DataError) -> LoadedCohort {
        var builder = CohortBuilder()
        var claims = ReturnClaims()
        var reports: [FileReport] = []
        var seen: [ReturnInput.Identity: String] = [:]
        let readers = FileReaders(self)
        let ordered = inputs.filter { $0.kind == .ssda903 }.sorted { $0.name < $1.name }
            + inputs.filter { $0.kind == .cin }.sorted { $0.name < $1.name }
            + inputs.filter { $0.kind == .local }.sorted { $0.name < $1.name }
        // Each input read, with its authority and year when it carries none, or the first path
        // of the same file for one reached twice.
        var plan: [(input: ReturnInput, placed: ReturnContext?, duplicateOf: String?)] = []
        for input in ordered {
            let name = input.name
            if let identity = input.identity {
                if let first = seen[identity] {
                    plan.append((input, nil, first))
                    continue
                }
                seen[identity] = name
            }
            plan.append((input, contexts[name] ?? ReturnContext(path: name, resolve: resolveAuthority) ?? context, nil))
        }
        let parallel = ParallelFileReads(plan: plan.map { $0.duplicateOf == nil && $0.input.kind != .local ? ($0.input, $0.placed) : nil },
                                         readers: readers, threads: threads, pieceBytes: pieceBytes)
        defer { parallel?.finish() }
        for (position, step) in plan.enumerated() {
            let name = step.input.name
            defer { progress?(WorkProgress(completed: position + 1, total: plan.count, item: name)) }
            if let first = step.duplicateOf {
                reports.append(FileReport(duplicate: name, of: first))
                continue
            }
            do {
                if let parallel, let read = parallel.take(position), let report = read.merge(into: &builder, claims: &claims) {
                    reports.append(report)
                } else {
                    // Read here, in order: on one thread, and for a file read in parallel that
                    // failed or whose return another file holds, which is read again here so
                    // that it stops exactly where reading in order stops.
                    reports.append(try readers.read(step.input, placed: step.placed, into: &builder, claims: &claims))
                }
            } catch {
                guard unreadable == .report else { throw error }
                reports.append(FileReport(unreadable: name, error))
            }
        }
        let cohort = builder.build()
        ReturnLoader.attach(cohort.problems, to: &reports)
        return LoadedCohort(cohort: cohort, files: reports)
    }

    /// Adds each problem to the report of the file it is in (the last report of that path), or
    /// to a report of its own when no report has that path.
    static func attach(_ problems: [DataProblem], to reports: inout [FileReport]) {
        var index: [String: Int] = [:]
        for (position, report) in reports.enumerated() { index[report.path] = position }
        for problem in problems {
            if let position = index[problem.location.file] {
                reports[position].note(problem)
            } else {
                var report = FileReport(path: problem.location.file, table: "cohort")
                report.note(problem)
                index[problem.location.file] = reports.count
                reports.append(report)
            }
        }
    }
}
