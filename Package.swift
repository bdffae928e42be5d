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

/// Each layer's DocC catalogue, `Sources/ActionPlan/<layer>.docc`: SwiftPM finds a catalogue anywhere in
/// the target's folder (never list it in `sources`), so each layer leaves out the others'. A catalogue
/// links only to its own layer's symbols: `swift package generate-documentation` documents each layer
/// on its own (see "API documentation" in ARCHITECTURE.md).
func catalogue(_ index: Int) -> String { "\(layers[index].name).docc" }

/// A layer's target: its own folders and catalogue, every other layer's left out.
func layer(_ index: Int, dependencies extra: [Target.Dependency] = []) -> Target {
    let others = layers.indices.filter { $0 != index }
    return .target(
        name: layers[index].name,
        dependencies: layers[..<index].map { .target(name: $0.name) } + extra,
        path: "Sources/ActionPlan",
        exclude: others.flatMap { layers[$0].sources } + others.map(catalogue),
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
        // `swift package generate-documentation --target ActionPlan` (scripts/check-docs-build.sh); a
        // command plugin only: nothing of it is linked into the library or the tool.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
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
        // The nightly job of a library user (examples/NightlyReport): the public API only. Without package
        // access the compiler refuses any `package` declaration, as it would in another package;
        // scripts/check-example.sh runs it against the CLI's answers.
        .executableTarget(
            name: "nightly-report",
            dependencies: ["ActionPlan"],
            path: "examples/NightlyReport",
            packageAccess: false
        ),
        // For the tests only: a thread of its own working folder (unshare(2), which Swift's Glibc
        // module leaves out), so a command that runs in another folder can still run in-process.
        .target(name: "ThreadFolder", path: "Tests/ThreadFolder"),
        .testTarget(
            name: "ActionPlanTests",
            // `plan` too: most command tests run the command in-process (TestSupport.runPlan).
            dependencies: ["ActionPlan", "plan", "ThreadFolder"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
