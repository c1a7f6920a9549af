/// Ages on one fixed day, from a date of birth in day numbers, without calendar conversions:
/// `thresholds[k]` is the latest birth day of anyone aged `k` or more on the day. Age is a
/// non-increasing function of the birth day, so the thresholds give exactly ``Day/age(on:)``.
struct AgeTable: Sendable {
    let day: Day
    /// `thresholds[k]`: the latest birth day number with age ≥ k on ``day``, for k in 0...maxAge.
    let thresholds: [Int32]

    /// The ages up to 30 years, found by binary search with ``Day/age(on:)`` itself.
    init(on day: Day, maxAge: Int = 30) {
        self.day = day
        thresholds = (0...maxAge).map { k in
            // The largest b in low...high with age(b) >= k; age(low) >= k holds.
            var low = Int(day.dayNumber) - 366 * (k + 1), high = Int(day.dayNumber)
            while low < high {
                let mid = low + (high - low + 1) / 2
                if Day(dayNumber: Int32(mid)).age(on: day) >= k { low = mid } else { high = mid - 1 }
            }
            return Int32(low)
        }
    }

    /// The age on ``day`` of someone born on `birth` (a known day number).
    @inline(__always)
    func age(born birth: Int32) -> Int {
        if birth > thresholds[0] || birth <= thresholds[thresholds.count - 1] {
            return Day(dayNumber: birth).age(on: day)
        }
        // thresholds[low] >= birth > thresholds[high]: the age is low.
        var low = 0, high = thresholds.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if birth <= thresholds[mid] { low = mid } else { high = mid }
        }
        return low
    }
}
