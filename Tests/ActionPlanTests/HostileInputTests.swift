import ActionPlan
import Foundation
import Testing

/// Inputs from other organisations may be broken or hostile: each gets a diagnostic, quickly,
/// and none crashes, hangs or exhausts memory.
@Suite("Hostile input")
struct HostileInputTests {
    /// Loads bytes and checks the time it took.
    private func load(_ bytes: [UInt8], within seconds: Double = 2) -> LoadedPlan {
        let clock = ContinuousClock()
        var loaded: LoadedPlan!
        let elapsed = clock.measure { loaded = PlanLoader.load(bytes: bytes, path: "hostile.yaml") }
        #expect(elapsed < .seconds(seconds), "took \(elapsed)")
        return loaded
    }

    private func firstMessage(_ loaded: LoadedPlan) -> String { loaded.diagnostics.first?.message ?? "" }

    @Test("billion laughs: refused before anything expands")
    func aliasBomb() {
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let loaded = load(Array(yaml.utf8))
        #expect(loaded.plan == nil)
        #expect(firstMessage(loaded).contains("anchors"))
        #expect(loaded.diagnostics.first?.location.line == 1)
    }

    @Test("an alias used as a mapping key is refused too")
    func aliasKeyBomb() {
        let yaml = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\n? *b\n: value\n"
        let loaded = load(Array(yaml.utf8))
        #expect(firstMessage(loaded).contains("anchors"))
    }

    @Test("nesting 50,000 levels deep stops at libyaml's limit with a short message", arguments: ["[", "{a: ", "- "])
    func deepNesting(_ opener: String) {
        // "- - - - …" nests block sequences on one line; "[[[[…" and "{a: {a: …" nest flow collections.
        let bytes = Array(String(repeating: opener, count: 50_000).utf8)
        let loaded = load(bytes)
        #expect(loaded.plan == nil)
        #expect(loaded.diagnostics.count == 1)
        #expect(firstMessage(loaded).count < 200)
        let rendered = TestSupport.render(loaded)
        #expect(rendered.count < 1_000, "the excerpt of a long line is cut")
    }

    @Test("a file over the size limit is refused without reading it")
    func hugeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-huge-\(UUID().uuidString).yaml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(String(repeating: "# padding padding padding padding padding padding padding\n", count: 17_000).utf8)
        for _ in 0..<50 { handle.write(chunk) } // about 50 MB
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let clock = ContinuousClock()
        var loaded: LoadedPlan!
        let elapsed = clock.measure { loaded = PlanLoader.load(path: url.path) }
        #expect(elapsed < .seconds(1))
        #expect(firstMessage(loaded).contains("may be at most 32.0 MB"))
    }

    @Test("binary bytes: not UTF-8, with the position of the first bad byte")
    func binary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let loaded = load(png)
        #expect(firstMessage(loaded).contains("not UTF-8"))
        #expect(loaded.diagnostics.first?.location.line == 1)
    }

    @Test("Latin-1 text: not UTF-8, pointing at the line of the bad byte")
    func latin1() {
        var bytes = Array("plan:\n  title: ".utf8)
        bytes += [0x43, 0x6F, 0xF6, 0x70] // "Coöp" in Latin-1
        let loaded = load(bytes)
        #expect(firstMessage(loaded).contains("not UTF-8"))
        #expect(loaded.diagnostics.first?.location.line == 2)
        #expect(loaded.diagnostics.first?.location.column == 12)
    }

    @Test("control characters in otherwise valid UTF-8")
    func controlCharacters() {
        let loaded = load(Array("plan:\n  title: a\u{0}b\n".utf8))
        #expect(firstMessage(loaded).contains("control character"))
    }

    @Test("UTF-16 text is recognised and named")
    func utf16() {
        let loaded = load([0xFF, 0xFE] + Array("p\0l\0".utf8))
        #expect(firstMessage(loaded).contains("UTF-16"))
    }

    @Test("an empty file, white space only, comments only", arguments: [
        ("", "the file is empty"), ("   \n\n", "the file is empty"), ("# nothing here\n# still nothing\n", "the file holds only comments"),
    ])
    func empty(_ text: String, _ message: String) {
        let loaded = load(Array(text.utf8))
        #expect(loaded.diagnostics.count == 1)
        #expect(firstMessage(loaded) == message)
    }

    @Test("a very long single line is quoted only around the problem")
    func longLine() {
        let loaded = load(Array(("plan: [" + String(repeating: "x, ", count: 300_000) + "\n").utf8), within: 5)
        #expect(!loaded.diagnostics.isEmpty)
        #expect(TestSupport.render(loaded).count < 2_000)
    }

    @Test("random bytes never crash", arguments: 1...20)
    func randomBytes(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let bytes = (0..<2_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let loaded = load(bytes)
        #expect(!loaded.diagnostics.isEmpty)
    }

    @Test("random YAML-ish text never crashes", arguments: 1...30)
    func randomText(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["plan:", "\n", "  ", "- ", "id: ", "\"1.1\"", "themes:", "[", "]", "{", "}", ": ", "'", "\"", "#", "&a ", "*a",
                      "owners: [VAR]", "planning: Q1 2024", "title: x", "organisations:", "|", ">", "\t", "€ 5.000,00", "2024-02-30", "é"]
        let text = (0..<300).map { _ in pieces.randomElement(using: &generator)! }.joined()
        _ = load(Array(text.utf8))
    }
}

/// A small deterministic random number generator (SplitMix64) for reproducible fuzz cases.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
