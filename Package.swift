// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafeguardingMetrics",
    products: [
        .library(name: "SafeguardingMetrics", targets: ["SafeguardingMetrics"]),
        .library(name: "SafeguardingData", targets: ["SafeguardingData"]),
        .executable(name: "safeguarding-metrics", targets: ["safeguarding-metrics"]),
    ],
    dependencies: [
        // The command-line tool's argument parsing, and nothing else: the library products
        // (SafeguardingMetrics, SafeguardingData) have no package dependencies.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "SafeguardingMetrics",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .target(
            name: "SafeguardingData",
            dependencies: ["SafeguardingMetrics"],
            resources: [.copy("Resources")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // The commands of the tool, in a target of their own so that tests can run them in
        // process. Not a product.
        .target(
            name: "SafeguardingCLI",
            dependencies: [
                "SafeguardingData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .executableTarget(
            name: "safeguarding-metrics",
            dependencies: ["SafeguardingCLI"]
        ),
        .testTarget(
            name: "SafeguardingMetricsTests",
            // SafeguardingData only for the generator's seeded random source (SplitMix64).
            dependencies: ["SafeguardingMetrics", "SafeguardingData"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SafeguardingDataTests",
            dependencies: ["SafeguardingData"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SafeguardingCLITests",
            dependencies: ["SafeguardingCLI"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
