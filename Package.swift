// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ActionPlan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ActionPlan", targets: ["ActionPlan"]),
        .executable(name: "plan", targets: ["plan"]),
    ],
    dependencies: [
        // Only for its copy of libyaml (see "How libyaml reaches us" in ARCHITECTURE.md); pinned to the
        // minor version whose C module we compile against.
        .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "6.2.2")),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "ActionPlan",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "plan",
            dependencies: [
                "ActionPlan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ActionPlanTests",
            // `plan` too: most command tests run the command in-process (TestSupport.runPlan).
            dependencies: ["ActionPlan", "plan"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
