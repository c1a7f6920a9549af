extension CohortBuilder {
    /// The state of one ``build()``: the problems found and the rows superseded so far, and the
    /// rank of each return.
    struct Merge {
        let builder: CohortBuilder
        var problems: [DataProblem]
        var superseded = Cohort.SupersededRows()
        /// For each return, a rank where a larger value wins: later collection year, then later begun.
        let rank: [Int]

        init(builder: CohortBuilder) {
            self.builder = builder
            problems = builder.problems
            let returns = builder.returns
            let order = returns.indices.sorted { (returns[$0].collectionYear, $0) < (returns[$1].collectionYear, $1) }
            var rank = [Int](repeating: 0, count: returns.count)
            for (position, index) in order.enumerated() { rank[index] = position }
            self.rank = rank
        }

        /// The staged rows of a keyed table with one row per record key (the table's
        /// ``RowOrder/key(_:_:record:)``), sorted by the key: the row from the highest-ranked
        /// return, and within a return the last row in the file. A key repeated inside one return
        /// is reported; a row replaced by a later return is counted in `superseded[keyPath: counting]`. Returns the
        /// table and the staging indices kept, in key order.
        mutating func deduplicated<Table: CohortTable>(_ staged: StagedTable<Table>,
                                                       counting: WritableKeyPath<Cohort.SupersededRows, Int>)
            -> (table: Table, kept: [Int32]) {
            guard case .key(let firstColumn, let secondColumn, let what) = Table.order else {
                preconditionFailure("only a keyed table is deduplicated")
            }
            let first = staged.rows[keyPath: firstColumn], second = staged.rows[keyPath: secondColumn]
            let origins = staged.origins, rank = self.rank
            var order = Array(0..<Int32(first.count))
            order.sort { a, b in
                let i = Int(a), j = Int(b)
                if first[i] != first[j] { return first[i] < first[j] }
                if second[i] != second[j] { return second[i] < second[j] }
                let ri = rank[Int(origins[i].returnIndex)], rj = rank[Int(origins[j].returnIndex)]
                if ri != rj { return ri > rj }
                return origins[i].line > origins[j].line
            }
            var kept: [Int32] = []
            kept.reserveCapacity(order.count)
            var position = 0
            while position < order.count {
                let winner = Int(order[position])
                kept.append(order[position])
                var next = position + 1
                while next < order.count, first[Int(order[next])] == first[winner], second[Int(order[next])] == second[winner] {
                    let loser = origins[Int(order[next])]
                    if loser.returnIndex == origins[winner].returnIndex {
                        problems.append(DataProblem("\(what) with the same key as line \(origins[winner].line) of this return; the later row is kept", at: builder.location(loser), severity: .warning))
                    } else {
                        superseded[keyPath: counting] += 1
                    }
                    next += 1
                }
                position = next
            }
            return (staged.rows.gathered(kept), kept)
        }

        /// The staged rows of a table with one row per child within each return (the table's
        /// ``RowOrder/childInReturn(_:record:)``), in child order: a child listed again in the
        /// same return is reported at the later row, naming the earlier line, and only the last
        /// row staged is kept. Rows of different returns are all kept.
        mutating func lastPerChildInReturn<Table: CohortTable>(_ staged: StagedTable<Table>) -> Table {
            guard case .childInReturn(let childColumn, let what) = Table.order else {
                preconditionFailure("only a table keyed by child within a return is deduplicated this way")
            }
            let child = staged.rows[keyPath: childColumn], origins = staged.origins
            var order = Array(0..<Int32(child.count))
            order.sort { a, b in
                let i = Int(a), j = Int(b)
                return (child[i], origins[i].returnIndex, a) < (child[j], origins[j].returnIndex, b)
            }
            var kept: [Int32] = []
            kept.reserveCapacity(order.count)
            var position = 0
            while position < order.count {
                let first = Int(order[position])
                var last = position
                while last + 1 < order.count, child[Int(order[last + 1])] == child[first],
                      origins[Int(order[last + 1])].returnIndex == origins[first].returnIndex {
                    last += 1
                }
                if last > position {
                    let identifier = DataProblem.quote(builder.children.identifier(ChildRow(rawValue: child[first])),
                                                       limit: DataProblem.fieldValueLimit)
                    for repeated in (position + 1)...last {
                        let kept = repeated == last ? "this later row is kept" : "a later row is kept"
                        problems.append(DataProblem("child \(identifier) appears again in this return's \(what) (first at line \(origins[first].line)); \(kept)",
                                                    at: builder.location(origins[Int(order[repeated])]), severity: .warning))
                    }
                }
                kept.append(order[last])
                position = last + 1
            }
            kept.sort { (child[Int($0)], $0) < (child[Int($1)], $1) }
            return staged.rows.gathered(kept)
        }
    }
}
