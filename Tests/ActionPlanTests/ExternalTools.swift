import Foundation
import Testing

/// Outside programs some tests run (pandoc and rsvg-convert for the Word report). On a machine
/// without them those tests are skipped, and Swift Testing names each skipped test with the
/// missing tool; with `ACTIONPLAN_REQUIRE_TOOLS=1` (set by `.ci/run`, which installs them) the
/// tests run anyway, so a missing tool fails them instead of hiding them.
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

    /// A trait that runs a test or suite only when every tool in `names` is on `PATH` (or when
    /// `ACTIONPLAN_REQUIRE_TOOLS=1`); the skip message names the missing tools.
    static func needed(_ names: String...) -> ConditionTrait {
        let absent = missing(names)
        let comment = Comment(rawValue: "needs \(absent.joined(separator: " and ")) on PATH (install: apt-get install pandoc librsvg2-bin; ACTIONPLAN_REQUIRE_TOOLS=1 makes this a failure)")
        return .enabled(if: required || absent.isEmpty, comment)
    }
}
