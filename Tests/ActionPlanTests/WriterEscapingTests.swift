import ActionPlan
import Foundation
import Testing

/// Issue 24: what `derive` and `init` write from a plan's own text (or the command line) loads again.
/// Line breaks YAML knows (LF, CR, NEL, U+2028, U+2029) in a regional title or an owner's key used to
/// end a comment line and start a key; `derive` now also loads what it would write, before writing.
@Suite("Writers escape what they write")
struct WriterEscapingTests {
    @Test("a comment line never breaks: every line break a space, other controls written as \\uXXXX")
    func commentText() {
        #expect(QuotedText.comment("a\nb\rc\u{85}d\u{2028}e\u{2029}f\u{0B}g\u{0C}h") == "a b c d e f g h")
        #expect(QuotedText.comment("x\u{1}y\u{7F}z\u{9B}\u{FEFF}") == "x\\u0001y\\u007Fz\\u009B\\uFEFF")
        #expect(QuotedText.comment("tab\there, é, 😀") == "tab\there, é, 😀")
    }

    @Test("derive from a regional plan whose title and a role's key hold line breaks: the local plan loads, exit 0")
    func deriveHostileTitle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), encoding: .utf8)
        let title = "title: \"Regionaal Actieplan Mensenhandel Regio Rotterdam 2024-2026\""
        #expect(text.contains(title))
        // Each break would start a top-level key in the comment derive writes the title into.
        text = text.replacingOccurrences(of: title, with: #"title: "Regio\u0085budget: 5\rplan: x\nY\u2028Z\u2029W\u0001""#)
        text = text.replacingOccurrences(of: "\n  gemeenten:\n", with: "\n  \"gemeen\\u0085ten: 1\":\n")
        text = text.replacingOccurrences(of: "[gemeenten", with: "[\"gemeen\\u0085ten: 1\"").replacingOccurrences(of: ", gemeenten", with: ", \"gemeen\\u0085ten: 1\"")
        try text.write(to: folder.appendingPathComponent("regio.yaml"), atomically: true, encoding: .utf8)
        #expect(try TestSupport.runPlan(["validate", "regio.yaml"], currentDirectory: folder).status == 0)
        let derive = try TestSupport.runPlan(["derive", "regio.yaml", "--municipality", "Dordrecht", "--output", "dordrecht.yaml"], currentDirectory: folder)
        #expect(derive.status == 0, "\(derive.stdout)\(derive.stderr)")
        let validate = try TestSupport.runPlan(["validate", "dordrecht.yaml"], currentDirectory: folder)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("dordrecht.yaml"), encoding: .utf8)
        #expect(written.contains("#   Regio budget: 5 plan: x Y Z W\\u0001\n"))
        #expect(!written.unicodeScalars.contains { [0x85, 0x2028, 0x2029, 0x0D, 0x01].contains($0.value) })
    }

    @Test("init --title with line breaks: the title's comment stays one line, the file has only its placeholders to fill")
    func initHostileTitle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.runPlan(["init", "--id", "x", "--title", "Mijn\nplan: x\u{85}budget: 5", "--region", "R",
                                              "--period", "2025-2026", "--output", "plan.yaml"], currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
        #expect(written.hasPrefix("# Mijn plan: x budget: 5\n") || written.contains("\n# Mijn plan: x budget: 5\n"))
        let validate = try TestSupport.runPlan(["validate", "plan.yaml"], currentDirectory: folder)
        let errors = validate.stdout.split(separator: "\n").filter { $0.contains("error[") }
        #expect(!errors.isEmpty && errors.allSatisfy { $0.contains("AP214") || $0.contains("AP302") || $0.contains("placeholder") }, "\(validate.stdout)")
    }
}
