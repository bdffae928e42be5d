import Foundation
import Testing

/// Outside programs some tests run (pandoc and rsvg-convert for the Word report). They cost more
/// than the rest of a test (a few seconds of processor time in all, pandoc and rsvg-convert each
/// time), so plain `swift test` skips those tests and says why; they run in the full run
/// (`ACTIONPLAN_FULL_TESTS=1`) when the tools are on `PATH`. On a machine without the tools they are
/// skipped too, naming the missing tool; with `ACTIONPLAN_REQUIRE_TOOLS=1` (set by `.ci/run`, which
/// installs them) they always run, so a missing tool fails them instead of hiding them.
enum ExternalTools {
    /// Whether the environment asks for every outside tool to be present.
    static var required: Bool {
        ProcessInfo.processInfo.environment["ACTIONPLAN_REQUIRE_TOOLS"] == "1"
    }

    /// The tools among `names` that are not an executable file in a folder of `PATH`.
    static func missing(_ names: [String], path: String? = ProcessInfo.processInfo.environment["PATH"]) -> [String] {
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return names.filter { name in
            !folders.contains { FileManager.default.isExecutableFile(atPath: ($0 as NSString).appendingPathComponent(name)) }
        }
    }

    /// A trait that runs a test or suite only in the full run with every tool in `names` on `PATH`,
    /// or always with `ACTIONPLAN_REQUIRE_TOOLS=1`; the skip message says which of the two is missing.
    static func needed(_ names: String...) -> ConditionTrait {
        let absent = missing(names)
        let comment: Comment = absent.isEmpty
            ? "runs \(names.joined(separator: " and ")): only with ACTIONPLAN_FULL_TESTS=1 or ACTIONPLAN_REQUIRE_TOOLS=1 (as .ci/run sets)"
            : Comment(rawValue: "needs \(absent.joined(separator: " and ")) on PATH (install: apt-get install pandoc librsvg2-bin; ACTIONPLAN_REQUIRE_TOOLS=1 makes this a failure)")
        return .enabled(if: required || (TestSupport.fullRuns && absent.isEmpty), comment)
    }
}
