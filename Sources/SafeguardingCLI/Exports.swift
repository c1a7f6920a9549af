// The tool drives the library: its commands parse options and call SafeguardingData (which
// re-exports SafeguardingMetrics), so a module that imports the tool's sees the same names.
@_exported import SafeguardingData

/// The indicators report, by the name the tool's tests have always used for its renderings.
typealias IndicatorsRendering = IndicatorsReport
