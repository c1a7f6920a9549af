// Appending one builder to another: how the readers fill one cohort from files read in parallel.
// Each file is read into a builder of its own; the builders are appended in file order, which
// gives the cohort, every row order and every problem the one builder reading the files in that
// order would have given.

extension CohortBuilder {
    /// A child row given to ``addChild(_:identifier:inReturn:file:line:)`` of a builder that
    /// ``recordsChildRows``, kept so that ``append(_:)`` applies it to the target's children in
    /// the order it came (a child's characteristics depend on the order of its rows).
    struct ChildRowAdded: Sendable {
        var child: Int32
        var row: ChildTable.Row
        var origin: RowOrigin
    }

    /// A builder for one file of a parallel read: it keeps every child row it is given, for
    /// ``append(_:)``, and has room for `children` children before its table of identifiers grows.
    package static func recordingChildRows(children: Int = 0) -> CohortBuilder {
        var builder = CohortBuilder()
        builder.recordsChildRows = true
        builder.children.identifiers.reserve(children)
        return builder
    }

    /// Appends everything `other` holds (made by ``recordingChildRows()``, with no local tables)
    /// as if its rows had been added to this builder after this builder's own, in the order
    /// `other` was given them: authorities, returns, files, children and postcodes are matched
    /// by value and the rest numbered after this builder's; child rows are applied in order, a
    /// child repeated in one return and file reported as ``addChild(_:identifier:inReturn:file:line:)``
    /// reports it (`other` may be the second piece of a file); staged rows follow this builder's.
    ///
    /// A staged table's columns are copied whole (``CohortTable/forEachColumn(_:)``); the columns
    /// that refer to another table are renumbered here: a table's `child`, an episode's
    /// postcodes, and the staged referral of an assessment, enquiry and plan.
    ///
    /// - Complexity: O(n) in the size of `other`.
    package mutating func append(_ other: CohortBuilder) {
        precondition(other.recordsChildRows || other.children.count == 0, "append a builder that records its child rows")
        precondition(other.localEvents.count == 0 && other.localEpisodes.count == 0 && other.attendance.count == 0
                     && other.audits.count == 0 && other.localKinds.isEmpty, "local tables are read into one builder")
        let authorityMap = other.authorities.map { authority($0) }
        let returnMap = other.returns.map {
            returnIndex(authority: authorityMap[Int($0.authority)], collectionYear: $0.collectionYear, source: $0.source, file: $0.file)
        }
        let fileMap = other.files.map { file($0) }
        var childMap = [Int32](repeating: 0, count: other.children.count)
        for index in 0..<other.children.count {
            let tag = authorityMap[Int(other.children.authority[index])]
            childMap[index] = other.children.identifiers.withKey(Int32(index)) { child(authority: tag, identifier: $0) }.rawValue
        }
        var postcodeMap = [Int32](repeating: 0, count: other.postcodes.count)
        for index in 0..<other.postcodes.count {
            postcodeMap[index] = other.postcodes.withKey(Int32(index)) { postcodes.intern($0, tag: 0) }
        }
        let origin = { (row: RowOrigin) in RowOrigin(returnMap[Int(row.returnIndex)], file: fileMap[Int(row.file)], line: Int(row.line)) }
        for added in other.childRowsAdded {
            let child = Int(childMap[Int(added.child)])
            let placed = origin(added.origin)
            noteRepeated(ChildRow(rawValue: Int32(child)), at: placed)
            let ret = returns[Int(placed.returnIndex)]
            children.update(ChildRow(rawValue: Int32(child)), with: added.row, collectionYear: UInt16(clamping: ret.collectionYear),
                            fromSSDA903: ret.source == .ssda903)
            childLastReturn[child] = placed.returnIndex
            childLastRow[child] = placed
            if recordsChildRows { childRowsAdded.append(ChildRowAdded(child: Int32(child), row: added.row, origin: placed)) }
        }
        // The only problems a builder records while rows are added are repeated children,
        // found again above in order: also a child repeated across two pieces of one file.
        precondition(other.problems.count == other.repeatedChildren, "a builder appended holds only repeated-child problems")

        let referralBase = Int32(referrals.count)
        let postcode = { (index: Int32) in index < 0 ? index : postcodeMap[Int(index)] }
        CohortBuilder.append(other.episodes, to: &episodes, origin: origin) { table, range in
            for row in range {
                table.child[row] = childMap[Int(table.child[row])]
                table.homePostcode[row] = postcode(table.homePostcode[row])
                table.placementPostcode[row] = postcode(table.placementPostcode[row])
            }
        }
        CohortBuilder.append(other.missing, to: &missing, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.oc2, to: &oc2, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.oc3, to: &oc3, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.uasc, to: &uasc, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.adoptions, to: &adoptions, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.placedForAdoption, to: &placedForAdoption, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.previousPermanence, to: &previousPermanence, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.referrals, to: &referrals, origin: origin) { table, range in
            for row in range { table.child[row] = childMap[Int(table.child[row])] }
        }
        CohortBuilder.append(other.assessments, to: &assessments, origin: origin) { table, range in
            for row in range { table.referral[row] += referralBase }
        }
        CohortBuilder.append(other.section47, to: &section47, origin: origin) { table, range in
            for row in range { table.referral[row] += referralBase }
        }
        CohortBuilder.append(other.plans, to: &plans, origin: origin) { table, range in
            for row in range {
                table.referral[row] += referralBase
                table.child[row] = childMap[Int(table.child[row])]
            }
        }
    }

    /// Appends the staged rows of `source` to `target`, every column whole, the origins mapped
    /// by `origin`, and then lets `renumber` change the appended rows' references.
    private static func append<Table: CohortTable>(_ source: StagedTable<Table>, to target: inout StagedTable<Table>,
                                                   origin: (RowOrigin) -> RowOrigin,
                                                   renumber: (inout Table, Range<Int>) -> Void) {
        guard source.count > 0 else { return }
        let start = target.count
        var appender = ColumnAppender(target: Table(), source: source.rows)
        swap(&appender.target, &target.rows)
        Table.forEachColumn(&appender)
        swap(&appender.target, &target.rows)
        renumber(&target.rows, start..<target.count)
        target.origins.reserveCapacity(target.origins.count + source.origins.count)
        for row in source.origins { target.origins.append(origin(row)) }
    }
}

/// Appends every column of `source` to the same column of `target`.
private struct ColumnAppender<Table: CohortTable>: ColumnVisitor {
    var target: Table
    let source: Table

    mutating func visit<Element: BitwiseCopyable>(_ column: WritableKeyPath<Table, [Element]>, _ name: String) {
        target[keyPath: column].append(contentsOf: source[keyPath: column])
    }
}
