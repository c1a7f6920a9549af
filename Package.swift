// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafeguardingMetrics",
    products: [
        .library(name: "SafeguardingMetrics", targets: ["SafeguardingMetrics"]),
        .library(name: "SafeguardingData", targets: ["SafeguardingData"]),
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
        .testTarget(
            name: "SafeguardingMetricsTests",
            dependencies: ["SafeguardingMetrics"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SafeguardingDataTests",
            dependencies: ["SafeguardingData"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
