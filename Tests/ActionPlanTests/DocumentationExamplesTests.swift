import Foundation
import Testing

/// The documentation's examples, run: every ```` ```console ```` block in README.md, ARCHITECTURE.md
/// and docs/ is executed, so a page cannot drift from the tool.
///
/// In such a block a line starting with `$ ` is a command (run by `/bin/sh` in a scratch copy of
/// plans/, examples/ and schema/, with the built `plan` first on `PATH`; `swift run plan` is run as
/// `plan`). The lines after it, up to the next command, are its expected standard output; a line
/// `...` stands for any number of lines. A command ending in `# exit N` must exit with N, every
/// other command with 0. The blocks of one page run in order in one scratch folder, so a page can
/// log progress and then query it.
@Suite("Documentation examples")
struct DocumentationExamplesTests {
    /// Every page that may hold runnable examples.
    static let pages: [String] = {
        let root = TestSupport.packageRoot
        var pages = ["README.md", "ARCHITECTURE.md"].filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
        let docs = root.appendingPathComponent("docs")
        if let walker = FileManager.default.enumerator(atPath: docs.path) {
            for case let relative as String in walker where relative.hasSuffix(".md") {
                pages.append("docs/" + relative)
            }
        }
        return pages.sorted()
    }()

    /// The pages with at least one runnable block: a test with no cases would prove nothing.
    static let runnablePages: [String] = pages.filter { page in
        let text = (try? String(contentsOf: TestSupport.packageRoot.appendingPathComponent(page), encoding: .utf8)) ?? ""
        return !DocumentationExample.parse(text).isEmpty
    }

    @Test("the handleiding and the README have runnable examples")
    func examplesExist() {
        for page in ["README.md", "docs/handleiding/secretaris.md", "docs/handleiding/beleidsadviseur.md",
                     "docs/handleiding/aandachtsfunctionaris.md", "docs/handleiding/planschrijver.md"] {
            #expect(Self.runnablePages.contains(page), "\(page) has no ```console block")
        }
    }

    @Test("each page's commands give the shown output and exit code", arguments: runnablePages)
    func pageRuns(page: String) throws {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(page), encoding: .utf8)
        let scratch = try Self.scratchCopy()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for example in DocumentationExample.parse(text) {
            let result = try Self.run(example.command, in: scratch)
            let shown = "\(page):\(example.line): \(example.command)"
            #expect(result.status == example.exitCode, "\(shown)\nexit \(result.status), expected \(example.exitCode)\n\(result.stderr)")
            if !example.expectedOutput.isEmpty {
                let actual = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map {
                    String($0).trimmingTrailingWhitespace()
                }
                if let mismatch = DocumentationExample.mismatch(expected: example.expectedOutput, actual: actual) {
                    Issue.record("\(shown)\n\(mismatch)\n--- actual output ---\n\(result.stdout)")
                }
            }
        }
    }

    @Test("every relative link in README.md, ARCHITECTURE.md and docs/ resolves", arguments: pages)
    func linksResolve(page: String) throws {
        let url = TestSupport.packageRoot.appendingPathComponent(page)
        let text = try String(contentsOf: url, encoding: .utf8)
        for target in DocumentationExample.relativeLinks(in: text) {
            let path = url.deletingLastPathComponent().appendingPathComponent(target).standardizedFileURL.path
            #expect(FileManager.default.fileExists(atPath: path), "\(page) links to \(target), which does not exist")
        }
    }

    /// A scratch folder holding copies of the folders the examples name.
    static func scratchCopy() throws -> URL {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("docs-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for folder in ["plans", "examples", "schema"] {
            let source = TestSupport.packageRoot.appendingPathComponent(folder)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: scratch.appendingPathComponent(folder))
            }
        }
        return scratch
    }

    /// Runs one shell command with the built `plan` first on PATH, 80 columns wide and without colour.
    static func run(_ command: String, in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let binFolder = TestSupport.planExecutable.deletingLastPathComponent().path
        let path = binFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let shellCommand = command.replacingOccurrences(of: "swift run plan ", with: "plan ")
        return try TestSupport.runProgram(
            URL(fileURLWithPath: "/bin/sh"), ["-c", shellCommand],
            environment: ["PATH": path, "COLUMNS": "80", "NO_COLOR": "1", "TZ": "Europe/Amsterdam"],
            currentDirectory: folder)
    }
}

/// One command of a documentation page with what the page says it prints.
struct DocumentationExample {
    var line: Int
    var command: String
    var expectedOutput: [String]
    var exitCode: Int32

    /// The commands of every ```` ```console ```` block of a Markdown page, in order.
    static func parse(_ markdown: String) -> [DocumentationExample] {
        var examples: [DocumentationExample] = []
        var inConsole = false
        var inOtherFence = false
        for (index, rawLine) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if inConsole || inOtherFence {
                    inConsole = false
                    inOtherFence = false
                } else if trimmed.dropFirst(3).split(separator: " ").first == "console" {
                    inConsole = true
                } else {
                    inOtherFence = true
                }
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                var command = String(line.dropFirst(2))
                var exitCode: Int32 = 0
                if let range = command.range(of: #"\s+# exit (\d+)$"#, options: .regularExpression) {
                    exitCode = Int32(command[range].split(separator: " ").last ?? "0") ?? 0
                    command.removeSubrange(range)
                }
                examples.append(DocumentationExample(line: index + 1, command: command, expectedOutput: [], exitCode: exitCode))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expectedOutput.append(line.trimmingTrailingWhitespace())
            }
        }
        // A block's trailing blank lines are layout, not output.
        return examples.map { example in
            var example = example
            while example.expectedOutput.last == "" { example.expectedOutput.removeLast() }
            return example
        }
    }

    /// Where the actual output departs from the expected lines (`...` matching any run of lines),
    /// or nil when it matches.
    static func mismatch(expected: [String], actual: [String]) -> String? {
        var actual = actual
        while actual.last == "" { actual.removeLast() }
        func matches(_ e: Int, _ a: Int) -> Bool {
            if e == expected.count { return a == actual.count }
            if expected[e] == "..." {
                return (a...actual.count).contains { matches(e + 1, $0) }
            }
            return a < actual.count && expected[e] == actual[a] && matches(e + 1, a + 1)
        }
        if matches(0, 0) { return nil }
        let firstDifference = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 && $0.element.0 != "..." }
        if let difference = firstDifference {
            return "output differs at line \(difference.offset + 1)\n  shown:  \(difference.element.0)\n  actual: \(difference.element.1)"
        }
        return "output has \(actual.count) lines, the page shows \(expected.count)"
    }

    /// The relative link targets of a Markdown page (`[text](target)`), without anchors; web
    /// addresses and pure anchors are left out, and so are links inside code.
    static func relativeLinks(in markdown: String) -> [String] {
        var links: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            // Inline code spans hold examples, not links.
            let prose = line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            var rest = Substring(prose)
            while let open = rest.range(of: "](") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.firstIndex(of: ")") else { break }
                var target = String(afterOpen[..<close])
                rest = afterOpen[close...]
                if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
                if target.contains("://") || target.hasPrefix("#") || target.hasPrefix("mailto:") || target.isEmpty { continue }
                if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
                links.append(target.removingPercentEncoding ?? target)
            }
        }
        return links
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
