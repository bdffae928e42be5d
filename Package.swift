// swift-tools-version:6.0
import PackageDescription

/// The library's layers, lowest first: each a target over folders of Sources/ActionPlan (no file
/// lives in two), using only the layers before it. `ActionPlan` re-exports the lower layers, so a
/// library user writes `import ActionPlan`; what crosses layers but is not for users is `package`.
let layers: [(name: String, sources: [String])] = [
    ("ActionPlanCore", ["Support", "Diagnostics", "Model", "Planning"]),
    ("ActionPlanFiles", ["Files", "Loading", "Validation", "Progress"]),
    ("ActionPlanWorkspace", ["Workspace", "Queries", "LocalPlans", "Authoring"]),
    ("ActionPlan", ["ActionPlan.swift", "Rendering", "Report", "Calendar"]),
]

/// A layer's target: its own folders, every other layer's left out.
func layer(_ index: Int, dependencies extra: [Target.Dependency] = []) -> Target {
    .target(
        name: layers[index].name,
        dependencies: layers[..<index].map { .target(name: $0.name) } + extra,
        path: "Sources/ActionPlan",
        exclude: layers.enumerated().filter { $0.offset != index }.flatMap(\.element.sources),
        sources: layers[index].sources
    )
}

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
        layer(0),
        layer(1, dependencies: [.product(name: "Yams", package: "Yams")]),
        layer(2),
        layer(3),
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
