// swift-tools-version: 6.1
// Benchmarks for SafeguardingMetrics, kept in a nested package so the library itself has no
// dependencies. Run from this folder: `swift package benchmark` (see README.md here).
import PackageDescription

let package = Package(
    name: "SafeguardingMetricsBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "SafeguardingMetrics", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Readers",
            dependencies: [
                .product(name: "SafeguardingData", package: "SafeguardingMetrics"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Readers",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Aggregation",
            dependencies: [
                .product(name: "SafeguardingData", package: "SafeguardingMetrics"),
                .product(name: "SafeguardingMetrics", package: "SafeguardingMetrics"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Aggregation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Values",
            dependencies: [
                .product(name: "SafeguardingMetrics", package: "SafeguardingMetrics"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Values",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Not a benchmark: prints the library's numerators and denominators as JSON for the
        // side-by-side comparison (compare.py) until the tool has an `indicators` subcommand.
        .executableTarget(
            name: "library-indicators",
            dependencies: [
                .product(name: "SafeguardingData", package: "SafeguardingMetrics"),
                .product(name: "SafeguardingMetrics", package: "SafeguardingMetrics"),
            ],
            path: "Sources/library-indicators"
        ),
    ],
    swiftLanguageModes: [.v6]
)
