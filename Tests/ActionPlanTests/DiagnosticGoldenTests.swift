import ActionPlan
import Foundation
import Testing

/// Each bad-input fixture gives exactly the diagnostics in its golden file; each good fixture none.
@Suite("Diagnostics of bad input")
struct DiagnosticGoldenTests {
    static func fixtureNames(_ folder: String) -> [String] {
        let url = TestSupport.fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The English golden (`NAME.txt`, as `--lang en` shows it) and, for a Dutch plan, the Dutch one
    /// (`NAME.nl.txt`, as every command shows it by default).
    @Test("every invalid fixture renders as its golden files, in English and in the plan's language", arguments: fixtureNames("invalid"))
    func invalid(_ name: String) throws {
        let loaded = try TestSupport.loadFixture("invalid/\(name)")
        #expect(!loaded.diagnostics.isEmpty, "\(name) should have a problem")
        let base = "invalid/\(name.replacingOccurrences(of: ".yaml", with: ""))"
        try TestSupport.assertGolden(TestSupport.render(loaded, in: .en), "\(base).txt")
        if loaded.language == .nl {
            try TestSupport.assertGolden(TestSupport.render(loaded, in: .nl), "\(base).nl.txt")
        }
    }

    @Test("every valid fixture loads without a single diagnostic", arguments: fixtureNames("valid"))
    func valid(_ name: String) throws {
        let loaded = try TestSupport.loadFixture("valid/\(name)")
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        #expect(loaded.plan != nil)
    }

    /// Every golden file's text, by name (read once per test process).
    static func goldens() -> [(name: String, text: String)] { allGoldens }

    private static let allGoldens: [(name: String, text: String)] = {
        let root = TestSupport.fixtures.appendingPathComponent("golden")
        let names = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).sorted()
        return names.compactMap { name in
            (try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }()

    /// Every `[TEXT]` of up to 16 bytes the goldens hold, in one pass over their bytes.
    static func bracketed(in goldens: [(name: String, text: String)]) -> Set<String> {
        var found: Set<String> = []
        for golden in goldens {
            let bytes = Array(golden.text.utf8)
            var open: Int?
            for (index, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "[") { open = index } else if byte == UInt8(ascii: "]"), let start = open {
                    if index - start - 1 <= 16 { found.insert(String(decoding: bytes[(start + 1)..<index], as: UTF8.self)) }
                    open = nil
                }
            }
        }
        return found
    }

    @Test("every diagnostic code has a fixture whose golden shows it")
    func everyCodeHasAGolden() {
        let shown = Self.bracketed(in: Self.goldens())
        for code in DiagnosticCode.all {
            #expect(shown.contains("\(code)"), "no golden shows \(code) (\(code.summary)): add a fixture")
        }
        #expect(Set(DiagnosticCode.all.map(\.number)).count == DiagnosticCode.all.count, "a code number is used twice")
    }

    @Test("docs/diagnostics.md lists every code with an example from the goldens")
    func documentation() throws {
        let goldens = Self.goldens()
        var doc = """
            # Diagnostic codes

            Every problem `plan validate` (and every other command) reports carries a stable code, shown after
            its severity (`error[AP201]`) and as `"code"` in `--format json`. A code names a kind of problem;
            the message says what exactly is wrong and the hint how to fix it. The hundreds give the area:
            1 reading the file, 2 its structure, 3 planning, 4 owners, 5 money, 6 rules over the whole plan,
            7 progress files, 8 local plans, 9 the adviser's text of a report. Codes are never reused.

            Messages and hints follow the plan's language (`language: nl` gives Dutch, `language: en` English),
            or `--lang nl|en`, which every command takes; a file whose language cannot be read gets English.
            What stays the same in both languages, so scripts, searches and this list work for either: the
            `file:line:column`, the severity label (`error`, `warning`, `note`, `hint`), the code, and every
            key and value of `--format json` except the `message` and `hint` texts. The examples below are the
            English texts (`--lang en`); each Dutch fixture's Dutch text is in its `*.nl.txt` golden.

            This file is generated from the code list and the test goldens (`RECORD_GOLDENS=1 swift test`).

            """
        // The documentation is in English: its examples come from the English goldens.
        let examples = Self.firstExamples(in: goldens.filter { !$0.name.contains(".nl.") }, of: Set(DiagnosticCode.all.map { "\($0)" }))
        for code in DiagnosticCode.all {
            #expect(examples["\(code)"] != nil, "no English golden shows \(code): docs/diagnostics.md would have no example")
            doc += "\n## \(code)\n\n\(code.summary.prefix(1).uppercased() + code.summary.dropFirst()).\n"
            if let example = examples["\(code)"] {
                doc += "\n```\n\(example)\n```\n"
            }
        }
        try TestSupport.assertGolden(doc, "../../../../docs/diagnostics.md")
    }

    /// The first diagnostic with each code in the goldens (in the goldens' order, then the lines'), found
    /// in one pass over their lines: a line names a code where it holds `[CODE]:`.
    static func firstExamples(in goldens: [(name: String, text: String)], of codes: Set<String>) -> [String: String] {
        var examples: [String: String] = [:]
        for golden in goldens {
            let lines = golden.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.contains("]:") {
                var rest = line[...]
                while let close = rest.firstRange(of: "]:") {
                    if let open = rest[..<close.lowerBound].lastIndex(of: "[") {
                        let code = String(rest[rest.index(after: open)..<close.lowerBound])
                        if codes.contains(code), examples[code] == nil { examples[code] = example(startingAt: index, in: lines) }
                    }
                    rest = rest[close.upperBound...]
                }
            }
        }
        return examples
    }

    /// The diagnostic whose heading is at `start`: its heading, excerpt, notes and hint.
    static func example(startingAt start: Int, in lines: [Substring]) -> String {
        var block = [lines[start]]
        for line in lines[(start + 1)...] {
            let isHeading = line.contains("]: ") && !line.hasPrefix(" ")
            if line.isEmpty || isHeading { break }
            block.append(line)
        }
        return block.map { String($0.prefix(110)) }.joined(separator: "\n")
    }
}
