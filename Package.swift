// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafeguardingMetrics",
    products: [
        .library(name: "SafeguardingMetrics", targets: ["SafeguardingMetrics"]),
        .library(name: "SafeguardingData", targets: ["SafeguardingData"]),
        .library(name: "SafeguardingSpreadsheet", targets: ["SafeguardingSpreadsheet"]),
        .executable(name: "safeguarding-metrics", targets: ["safeguarding-metrics"]),
    ],
    dependencies: [
        // The command-line tool's argument parsing, and the spreadsheet product's ZIP packages;
        // nothing else: the library products SafeguardingMetrics and SafeguardingData have no
        // package dependencies.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
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
        // Excel workbooks (.xlsx) of reports and frameworks: the one product with a package
        // dependency (ZIPFoundation, for the ZIP container).
        .target(
            name: "SafeguardingSpreadsheet",
            dependencies: [
                "SafeguardingData",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        // The commands of the tool, in a target of their own so that tests can run them in
        // process. Not a product.
        .target(
            name: "SafeguardingCLI",
            dependencies: [
                "SafeguardingData",
                "SafeguardingSpreadsheet",
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
            name: "SafeguardingSpreadsheetTests",
            // ZIPFoundation to open the workbooks the product writes and check their XML; the
            // command-line target to compare the tool's workbooks with its CSV.
            dependencies: ["SafeguardingSpreadsheet", "SafeguardingCLI",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "SafeguardingCLITests",
            dependencies: ["SafeguardingCLI", "SafeguardingSpreadsheet"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
