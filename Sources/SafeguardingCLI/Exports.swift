// The tool drives the library: its commands parse options and call SafeguardingData (which
// re-exports SafeguardingMetrics), so a module that imports the tool's sees the same names.
@_exported import SafeguardingData
