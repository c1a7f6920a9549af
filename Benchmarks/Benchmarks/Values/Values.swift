import Benchmark
import SafeguardingMetrics

/// 100,000 numerator/denominator pairs of the sizes indicators have, and 100,000 dates written as
/// the returns write them, made once with a fixed seed.
let ratios: [(Int64, Int64)] = {
    var random = SplitMix64(seed: 10)
    return (0..<100_000).map { _ in
        let denominator = Int64.random(in: 1...150_000, using: &random)
        return (Int64.random(in: 0...denominator, using: &random), denominator)
    }
}()

let writtenDates: [[UInt8]] = {
    var random = SplitMix64(seed: 11)
    return (0..<100_000).map { index in
        let day = Day(dayNumber: Int32.random(in: 0...20_000, using: &random))
        return Array(day.formatted(index.isMultiple(of: 2) ? .dayMonthYear : .iso).utf8)
    }
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal],
                                           maxDuration: .seconds(5), maxIterations: 50)

    Benchmark("RoundHalfUp_100k") { benchmark in
        for _ in benchmark.scaledIterations {
            var sum: Int64 = 0
            for (numerator, denominator) in ratios {
                sum &+= Rounding.halfUp(numerator: numerator, denominator: denominator, scale: 10_000, decimals: 1)!.units
            }
            blackHole(sum)
        }
    }

    Benchmark("ParseDates_100k") { benchmark in
        for _ in benchmark.scaledIterations {
            var sum: Int32 = 0
            for bytes in writtenDates {
                sum &+= bytes.withUnsafeBufferPointer { Day.parse(utf8: $0)!.dayNumber }
            }
            blackHole(sum)
        }
    }

    Benchmark("WorkingDays_100k") { benchmark in
        let calendar = WorkingDayCalendar.englandAndWales
        for _ in benchmark.scaledIterations {
            var sum = 0
            for (index, (numerator, _)) in ratios.enumerated() {
                let start = Day(dayNumber: 15_000 + Int32(index % 5_000))
                sum &+= calendar.workingDays(after: start, through: start.advanced(by: Int(numerator % 120)))
            }
            blackHole(sum)
        }
    }
}
