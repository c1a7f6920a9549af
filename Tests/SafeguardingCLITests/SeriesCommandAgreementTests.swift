import Foundation
import SafeguardingData
import SafeguardingMetrics
import Testing
@testable import SafeguardingCLI

/// Issue 17: the library's quarterly series is the command line's `indicators --period` quarter by
/// quarter, so a service that draws the series shows what an analyst gets from the tool.
@Suite("The quarterly series equals indicators --period")
struct SeriesCommandAgreementTests {
    @Test("Every point of every standard indicator's quarterly series equals indicators --period for that quarter")
    func seriesEqualsCommand() throws {
        let data = GeneratedData.directory
        let returns = try ReturnSet(ssda903: [data], cin: [data], population: data + "/population.csv")
        let area = try returns.areas(["E06000009"])[0]
        let periods = returns.quarterlyPeriods(of: area)
        #expect(periods.count == 8)
        let ids = IndicatorCatalogue.standard.indicators.map(\.id)
        let series = try returns.series(of: ids, area: area, periods: periods)
        #expect(series.count > 20)
        var compared = 0, withValue = 0
        for (index, period) in periods.enumerated() {
            let run = tool(["indicators", "--ssda903", data, "--cin", data, "--population", data + "/population.csv",
                            "--la", "E06000009", "--period", "\(period.start)..\(period.end)", "--format", "json"])
            #expect(run.status == 0, "\(period): \(run.errors)")
            let areas = try #require(try run.json()["areas"] as? [[String: Any]])
            let figures = try #require(areas.first?["indicators"] as? [[String: Any]])
            for line in series {
                let point = line.points[index]
                #expect(point.period == period)
                let figure = try #require(figures.first { $0["id"] as? String == line.indicator.rawValue },
                                          "\(line.indicator) at \(period.end) is not in indicators --period")
                #expect(figure["state"] as? String == point.state.rawValue, "\(line.indicator) at \(period.end)")
                #expect((figure["numerator"] as? Int).map(Int64.init) == point.result.numerator,
                        "\(line.indicator) at \(period.end)")
                let display = figure["display"] as? String
                #expect(display == point.value.map { "\($0)" }, "\(line.indicator) at \(period.end): \(display ?? "none")")
                compared += 1
                if point.value != nil { withValue += 1 }
            }
        }
        #expect(compared == series.count * periods.count)
        #expect(withValue > compared / 2, "most points have a value (\(withValue) of \(compared))")
    }
}
