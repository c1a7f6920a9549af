// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafeguardingMetrics",
    products: [
        .library(name: "SafeguardingMetrics", targets: ["SafeguardingMetrics"]),
    ],
    targets: [
        .target(
            name: "SafeguardingMetrics",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "SafeguardingMetricsTests",
            dependencies: ["SafeguardingMetrics"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
