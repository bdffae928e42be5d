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

    @Test("every invalid fixture renders as its golden file", arguments: fixtureNames("invalid"))
    func invalid(_ name: String) throws {
        let loaded = try TestSupport.loadFixture("invalid/\(name)")
        #expect(!loaded.diagnostics.isEmpty, "\(name) should have a problem")
        try TestSupport.assertGolden(TestSupport.render(loaded), "invalid/\(name.replacingOccurrences(of: ".yaml", with: ".txt"))")
    }

    @Test("every valid fixture loads without a single diagnostic", arguments: fixtureNames("valid"))
    func valid(_ name: String) throws {
        let loaded = try TestSupport.loadFixture("valid/\(name)")
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        #expect(loaded.plan != nil)
    }

    /// Every golden file's text, by name.
    static func goldens() -> [(name: String, text: String)] {
        let root = TestSupport.fixtures.appendingPathComponent("golden")
        let names = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).sorted()
        return names.compactMap { name in
            (try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }

    @Test("every diagnostic code has a fixture whose golden shows it")
    func everyCodeHasAGolden() {
        let goldens = Self.goldens()
        for code in DiagnosticCode.all {
            #expect(goldens.contains { $0.text.contains("[\(code)]") }, "no golden shows \(code) (\(code.summary)): add a fixture")
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

            This file is generated from the code list and the test goldens (`RECORD_GOLDENS=1 swift test`).

            """
        for code in DiagnosticCode.all {
            doc += "\n## \(code)\n\n\(code.summary.prefix(1).uppercased() + code.summary.dropFirst()).\n"
            if let example = goldens.lazy.compactMap({ Self.example(of: code, in: $0.text) }).first {
                doc += "\n```\n\(example)\n```\n"
            }
        }
        try TestSupport.assertGolden(doc, "../../../../docs/diagnostics.md")
    }

    /// The first diagnostic with the code in a golden: its heading, excerpt, notes and hint.
    static func example(of code: DiagnosticCode, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.contains("[\(code)]:") }) else { return nil }
        var block = [lines[start]]
        for line in lines[(start + 1)...] {
            let isHeading = line.contains("]: ") && !line.hasPrefix(" ")
            if line.isEmpty || isHeading { break }
            block.append(line)
        }
        return block.map { String($0.prefix(110)) }.joined(separator: "\n")
    }
}
