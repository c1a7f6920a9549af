extension IndicatorComputation {
    /// The slot of a local measure's numerator; its denominator is the next slot.
    @inline(__always)
    func localSlot(_ measure: Int) -> Int { Counter.count + 2 * measure }

    /// Counts the local events, episodes and attendance of the children `children` for every local
    /// measure (§4), a child at a time: each table is sorted by child (events by child and date),
    /// so one cursor per table walks it alongside the children.
    func countLocal<Rule: CellRule, Sink: CountingSink>(_ children: Range<Int32>, rule: Rule, marks: StatusMarks,
                                                       into sink: Sink) {
        let local = request.cohort.local
        let authority = request.cohort.children.authority
        var event = local.events.child.firstRow(notBelow: children.lowerBound)
        var episode = local.episodes.child.firstRow(notBelow: children.lowerBound)
        var attended = local.attendance.child.firstRow(notBelow: children.lowerBound)
        /// The rows of `child` from `cursor` on, moving the cursor past them.
        func take(_ column: [Int32], _ cursor: inout Int, _ child: Int32) -> Range<Int> {
            let first = cursor
            while cursor < column.count, column[cursor] == child { cursor += 1 }
            return first..<cursor
        }
        for child in children {
            let events = take(local.events.child, &event, child)
            let episodes = take(local.episodes.child, &episode, child)
            let attendance = take(local.attendance.child, &attended, child)
            let area = Int(authority[Int(child)])
            guard selected[area] else { continue }
            countLocal(child: child, area: area, events: events, episodes: episodes, attendance: attendance,
                       rule: rule, marks: marks, into: sink)
        }
    }

    /// Counts one child's rows of the local tables for every local measure.
    private func countLocal<Rule: CellRule, Sink: CountingSink>(child: Int32, area: Int, events: Range<Int>,
                                                               episodes: Range<Int>, attendance: Range<Int>, rule: Rule,
                                                               marks: StatusMarks, into sink: Sink) {
        let local = request.cohort.local
        let p = constants
        for (m, measure) in request.localMeasures.enumerated() {
            let kind = localKinds[m]
            let slot = localSlot(m)
            switch measure.template {
            case .eventRate, .eventCount:
                for row in events {
                    if local.events.kind[row] == kind, p.contains(local.events.date[row]) {
                        sink.visit(.localEvents, row: row, child: child, key: local.events.date[row])
                        sink.add(slot: slot, area: area, cell: rule.cell(child: child, date: local.events.date[row]))
                    }
                }
            case .repeatEvents(_, let months):
                // Events are in date order: `last` is the latest date seen, `beforeLast` the latest before it.
                var last = DayNumber.unknown, beforeLast = DayNumber.unknown
                for row in events {
                    let date = local.events.date[row]
                    guard local.events.kind[row] == kind, date != DayNumber.unknown else { continue }
                    let earlier = date > last ? last : beforeLast
                    if p.contains(date) {
                        sink.visit(.localEvents, row: row, child: child, key: date)
                        sink.note(.earlierEvent, day: earlier)
                        let cell = rule.cell(child: child, date: date)
                        sink.add(slot: slot + 1, area: area, cell: cell)
                        if earlier != DayNumber.unknown, earlier >= Day(dayNumber: date).adding(months: -months).dayNumber {
                            sink.add(slot: slot, area: area, cell: cell)
                        }
                    }
                    if date > last { beforeLast = last; last = date }
                }
            case .episodeSnapshotRate:
                for row in episodes {
                    let start = local.episodes.start[row]
                    if local.episodes.kind[row] == kind, start != DayNumber.unknown, start <= p.end, local.episodes.end[row] > p.end {
                        sink.visit(.localEpisodes, row: row, child: child, key: start)
                        sink.note(.end, day: local.episodes.end[row])
                        sink.add(slot: slot, area: area, cell: rule.cell(child: child, date: p.end))
                        break
                    }
                }
            case .episodesLastingMoreThan(_, let days):
                for row in episodes {
                    let start = local.episodes.start[row], end = local.episodes.end[row]
                    guard local.episodes.kind[row] == kind, p.contains(end), start != DayNumber.unknown else { continue }
                    sink.visit(.localEpisodes, row: row, child: child, key: start)
                    sink.note(.end, day: end)
                    sink.note(.durationDays, count: Int(end) - Int(start))
                    let cell = rule.cell(child: child, date: end)
                    sink.add(slot: slot + 1, area: area, cell: cell)
                    if Int(end) - Int(start) > days { sink.add(slot: slot, area: area, cell: cell) }
                }
            case .attendance(let wanted):
                let flag: UInt8
                switch wanted {
                case .childInNeed: flag = StatusMarks.childInNeed
                case .childProtection: flag = StatusMarks.childProtection
                case .lookedAfter: flag = StatusMarks.lookedAfter
                }
                guard marks.has(child, flag) else { continue }
                for row in attendance {
                    guard p.contains(local.attendance.end[row]) else { continue }
                    let cell = rule.cell(child: child, date: p.end)
                    sink.add(slot: slot, area: area, cell: cell, Int64(local.attendance.attendedSessions[row]))
                    sink.add(slot: slot + 1, area: area, cell: cell, Int64(local.attendance.possibleSessions[row]))
                }
            case .auditsGoodOrBetter:
                break
            }
        }
    }

    /// Counts audits dated in the period with a valid grade, for every audit measure.
    func accumulateAudits<Sink: CountingSink>(_ rows: Range<Int>, into sink: Sink) {
        guard request.localMeasures.contains(where: { if case .auditsGoodOrBetter = $0.template { true } else { false } })
        else { return }
        let audits = request.cohort.local.audits
        let notApplicable = request.breakdown.cellCount - 1
        for row in rows {
            let area = Int(audits.authority[row])
            let grade = audits.grade[row]
            guard selected[area], constants.contains(audits.date[row]),
                  grade != CodeList.blank, grade != CodeList.invalid else { continue }
            for (m, measure) in request.localMeasures.enumerated() {
                guard case .auditsGoodOrBetter(let domain) = measure.template else { continue }
                if domain != nil, audits.domain[row] != localKinds[m] { continue }
                sink.add(slot: localSlot(m) + 1, area: area, cell: notApplicable)
                if constants.goodGrades.contains(raw: grade) { sink.add(slot: localSlot(m), area: area, cell: notApplicable) }
            }
        }
    }
}
