extension IndicatorComputation {
    /// The slot of a local measure's numerator; its denominator is the next slot.
    @inline(__always)
    func localSlot(_ measure: Int) -> Int { Counter.count + 2 * measure }

    /// Counts one child's local events, episodes and attendance for every local measure (§4).
    func accumulateLocal(child: Int32, area: Int, status: ChildStatus, into sink: CounterSink) {
        let local = request.cohort.local
        let p = constants
        let c = Int(child)
        let events = Int(index.eventOffsets[c])..<Int(index.eventOffsets[c + 1])
        let episodes = Int(index.localEpisodeOffsets[c])..<Int(index.localEpisodeOffsets[c + 1])
        let attendance = Int(index.attendanceOffsets[c])..<Int(index.attendanceOffsets[c + 1])
        for (m, measure) in request.localMeasures.enumerated() {
            let kind = localKinds[m]
            let slot = localSlot(m)
            switch measure.template {
            case .eventRate, .eventCount:
                for position in events {
                    let row = Int(index.eventOrder[position])
                    if local.events.kind[row] == kind, p.contains(local.events.date[row]) {
                        sink.add(slot: slot, area: area, cell: cell(child: child, date: local.events.date[row]))
                    }
                }
            case .repeatEvents(_, let months):
                // Events are in date order: `last` is the latest date seen, `beforeLast` the latest before it.
                var last = DayNumber.unknown, beforeLast = DayNumber.unknown
                for position in events {
                    let row = Int(index.eventOrder[position])
                    let date = local.events.date[row]
                    guard local.events.kind[row] == kind, date != DayNumber.unknown else { continue }
                    let earlier = date > last ? last : beforeLast
                    if p.contains(date) {
                        let cell = cell(child: child, date: date)
                        sink.add(slot: slot + 1, area: area, cell: cell)
                        if earlier != DayNumber.unknown, earlier >= Day(dayNumber: date).adding(months: -months).dayNumber {
                            sink.add(slot: slot, area: area, cell: cell)
                        }
                    }
                    if date > last { beforeLast = last; last = date }
                }
            case .episodeSnapshotRate:
                for position in episodes {
                    let row = Int(index.localEpisodeOrder[position])
                    let start = local.episodes.start[row]
                    if local.episodes.kind[row] == kind, start != DayNumber.unknown, start <= p.end, local.episodes.end[row] > p.end {
                        sink.add(slot: slot, area: area, cell: cell(child: child, date: p.end))
                        break
                    }
                }
            case .episodesLastingMoreThan(_, let days):
                for position in episodes {
                    let row = Int(index.localEpisodeOrder[position])
                    let start = local.episodes.start[row], end = local.episodes.end[row]
                    guard local.episodes.kind[row] == kind, p.contains(end), start != DayNumber.unknown else { continue }
                    let cell = cell(child: child, date: end)
                    sink.add(slot: slot + 1, area: area, cell: cell)
                    if Int(end) - Int(start) > days { sink.add(slot: slot, area: area, cell: cell) }
                }
            case .attendance(let wanted):
                let inStatus: Bool
                switch wanted {
                case .childInNeed: inStatus = status.childInNeed
                case .childProtection: inStatus = status.childProtection
                case .lookedAfter: inStatus = status.lookedAfter
                }
                guard inStatus else { continue }
                for position in attendance {
                    let row = Int(index.attendanceOrder[position])
                    guard p.contains(local.attendance.end[row]) else { continue }
                    let cell = cell(child: child, date: p.end)
                    sink.add(slot: slot, area: area, cell: cell, Int64(local.attendance.attendedSessions[row]))
                    sink.add(slot: slot + 1, area: area, cell: cell, Int64(local.attendance.possibleSessions[row]))
                }
            case .auditsGoodOrBetter:
                break
            }
        }
    }

    /// Counts audits dated in the period with a valid grade, for every audit measure.
    func accumulateAudits(_ rows: Range<Int>, into sink: inout CounterSink) {
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
