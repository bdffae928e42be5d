import ActionPlan
import CYaml
import Foundation
import Testing

/// The anchor, alias and tag refusal, tested against libyaml itself: for thousands of generated
/// and mutated documents, whenever libyaml's event stream holds an anchored node, an alias or a
/// tag, loading must refuse the file before parsing it (the scanner's diagnostic, not a later one).
@Suite("Reserved YAML syntax against libyaml")
struct ReservedSyntaxScannerTests {
    /// Whether libyaml's events for the text hold an anchor, an alias or a tag. Events are read one
    /// by one and never composed, with a budget, so this cannot hang on a bomb.
    static func libyamlUsesReservedSyntax(_ text: String, eventBudget: Int = 200_000) -> Bool {
        libyamlEvents(text, eventBudget: eventBudget) == .reservedSyntax
    }

    /// What libyaml makes of a text: reserved syntax somewhere, none in a valid stream, or none up to an error.
    enum LibyamlVerdict { case reservedSyntax, valid, syntaxError }

    static func libyamlEvents(_ text: String, eventBudget: Int = 200_000) -> LibyamlVerdict {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .valid }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .syntaxError }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            for _ in 0..<eventBudget {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .syntaxError }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_ALIAS_EVENT:
                    return .reservedSyntax
                case YAML_SCALAR_EVENT:
                    if event.data.scalar.anchor != nil || event.data.scalar.tag != nil { return .reservedSyntax }
                case YAML_SEQUENCE_START_EVENT:
                    if event.data.sequence_start.anchor != nil || event.data.sequence_start.tag != nil { return .reservedSyntax }
                case YAML_MAPPING_START_EVENT:
                    if event.data.mapping_start.anchor != nil || event.data.mapping_start.tag != nil { return .reservedSyntax }
                case YAML_STREAM_END_EVENT:
                    return .valid
                default:
                    break
                }
            }
            return .syntaxError
        }
    }

    /// Whether loading refused the text in the pre-scan (its hints differ from the node walk's).
    static func refusedBeforeParsing(_ text: String) -> Bool {
        let loaded = PlanLoader.load(bytes: Array(text.utf8), path: "generated.yaml")
        guard loaded.diagnostics.count == 1, let diagnostic = loaded.diagnostics.first else { return false }
        return diagnostic.message.hasPrefix("YAML tags")
            || (diagnostic.message.hasPrefix("anchors") && (diagnostic.hint ?? "").contains("put the text in quotes"))
    }

    /// Checks one document; returns whether libyaml saw reserved syntax in it. A valid document
    /// without any must not be refused either (the scan follows libyaml, it does not guess).
    @discardableResult
    static func check(_ text: String, _ origin: @autoclosure () -> String) -> Bool {
        switch libyamlEvents(text) {
        case .reservedSyntax:
            #expect(refusedBeforeParsing(text), "libyaml finds an anchor, alias or tag the scan missed (\(origin())):\n\(text)")
            return true
        case .valid where text.utf8.count < 20_000: // a full load of a big plan per case would be slow
            #expect(!refusedBeforeParsing(text), "the scan refuses a valid document without anchors, aliases or tags (\(origin())):\n\(text)")
            return false
        case .valid, .syntaxError:
            return false
        }
    }

    // MARK: Generated documents

    /// Pieces that move libyaml between its states: quotes mid-text, block indicators, flow
    /// brackets, comments, anchors, aliases, tags, keys, entries, indentation and line breaks.
    static let pieces: [String] = [
        "a", "b c", "x'y", " 'q", "'q'", "'", "\"", "\"x\\\"y\"", "'it''s'", "''", " ", "  ", "\t",
        "\n", "\n", "\n", "\n  ", "\n    ", "\n      ", "\r\n", "- ", "-", ": ", ":", "? ", "?", "[", "]", "{", "}",
        ", ", ",", "|", "|2", "|-", "|+1", ">", ">-", " |", " >", "#", " #c", "#x", "&a", "&a ", " &b ", "*a", " *a", "*b",
        "!t ", "!!str ", "! ", "!", "---\n", "...\n", "%YAML 1.1\n", "\\", "x:y", "-x", "é", "€ 5", "key: ", "k2: ",
        "\n- ", "\n  - ", "\nkey: ", "\n  key: ", "\n    key: ", "\"a\nb\"", "'a\n  b'", "\\\n",
        // No U+2028 or U+0085: a file holding one is refused before this scan (AP111, TextDecoding).
    ]

    /// A random document: pieces glued together, or lines of keys and values shaped like YAML.
    static func generatedDocument(_ random: inout SeededGenerator) -> String {
        var text = ""
        if random.next() % 2 == 0 {
            for _ in 0..<(3 + Int(random.next() % 40)) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            return text
        }
        for _ in 0..<(2 + Int(random.next() % 12)) {
            text += String(repeating: " ", count: Int(random.next() % 4) * 2)
            if random.next() % 3 == 0 { text += "- " }
            if random.next() % 4 != 0 { text += "k\(random.next() % 5): " }
            for _ in 0..<Int(random.next() % 5) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            text += "\n"
        }
        return text
    }

    @Test("generated documents: every anchor, alias and tag libyaml finds is refused before parsing")
    func generated() {
        var random = SeededGenerator(seed: 10)
        var withReservedSyntax = 0
        // RESERVED_SYNTAX_SCALE=100 runs a hundred times as many (for a long run by hand).
        let scale = Int(ProcessInfo.processInfo.environment["RESERVED_SYNTAX_SCALE"] ?? "") ?? 1
        for index in 0..<6_000 * scale {
            let text = Self.generatedDocument(&random)
            if Self.check(text, "generated document \(index)") { withReservedSyntax += 1 }
        }
        // The generator must reach the interesting cases often, or the test proves little.
        #expect(withReservedSyntax > 300 * scale, "only \(withReservedSyntax) documents used anchors, aliases or tags")
    }

    // MARK: Mutated fixtures

    static func seedFiles() -> [URL] {
        let roots = [TestSupport.fixtures, TestSupport.packageRoot.appendingPathComponent("plans")]
        return roots.flatMap { root -> [URL] in
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
            return files.filter { $0.pathExtension == "yaml" }
        }.sorted { $0.path < $1.path }
    }

    /// Inserts a tricky piece, then an anchor, alias or tag further on, at random places.
    static func mutated(_ text: String, _ random: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        let openers = [" 'x", "'", " \"", " |", "|", " >", "[a |", "{", "[", " #", "x'y ", "\"a\\\"", "? ", "- "]
        let reserved = ["&a ", "*a ", "!x ", " &a", " *a", "&a [1]", "*a: 1", "{*a: b}", "!!int ", "- *a"]
        func insert(_ piece: String, after lowerBound: Int) -> Int {
            let position = scalars.isEmpty ? 0 : lowerBound + Int(random.next() % UInt64(max(1, scalars.count - lowerBound)))
            scalars.insert(contentsOf: piece.unicodeScalars, at: min(position, scalars.count))
            return min(position, scalars.count)
        }
        let opened = insert(openers[Int(random.next() % UInt64(openers.count))], after: 0)
        _ = insert(reserved[Int(random.next() % UInt64(reserved.count))], after: opened)
        if random.next() % 3 == 0 { _ = insert(openers[Int(random.next() % UInt64(openers.count))], after: 0) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    @Test("every fixture and shipped plan, mutated: anchors, aliases and tags libyaml finds are refused")
    func mutatedFixtures() throws {
        var random = SeededGenerator(seed: 7)
        let files = Self.seedFiles()
        #expect(files.count > 100)
        var cases = 0
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            // A file with U+2028, U+2029 or U+0085 is refused before this scan (AP111): nothing to check here.
            if text.unicodeScalars.contains(where: { ["\u{2028}", "\u{2029}", "\u{85}"].contains($0) }) { continue }
            // Big files cost more per case: fewer mutations of them.
            let scale = Int(ProcessInfo.processInfo.environment["RESERVED_SYNTAX_SCALE"] ?? "") ?? 1
            let mutations = (text.utf8.count > 20_000 ? 15 : 30) * scale
            for index in 0..<mutations {
                Self.check(Self.mutated(text, &random), "\(file.lastPathComponent), mutation \(index)")
                cases += 1
            }
        }
        #expect(cases > 3_000)
    }

    @Test("a folder of inputs given by RESERVED_SYNTAX_CORPUS (such as the fuzz corpus, fuzz/.work/corpus), unchanged")
    func corpus() throws {
        guard let folder = ProcessInfo.processInfo.environment["RESERVED_SYNTAX_CORPUS"] else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        for name in names {
            // A running fuzzer replaces files as it reduces them.
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name)) else { continue }
            guard let text = String(data: data, encoding: .utf8) else { continue }
            Self.check(text, name)
        }
    }

    // MARK: The cases that bypassed the old scan

    @Test("a quote or block indicator inside a plain text opens nothing", arguments: [
        "title: a 'b\nx: &a [1]\ny: 'c'\n",
        "title: a \"b\nx: *a\ny: \"c\"\n",
        "owners: [VAR |RIEC,\n  &a [1]]\n",
        "owners: [VAR >RIEC,\n  !t x]\n",
        "title: it's\nx: !!str 1\n",
        "list: [a, b |c,\n  &x 1]\n",
        "k: v # a comment with 'a quote\nx: &a 1\n",
        "k: a#b 'c\nx: *a\n",
    ])
    func formerBypasses(_ text: String) {
        #expect(Self.libyamlUsesReservedSyntax(text))
        #expect(Self.refusedBeforeParsing(text))
    }

    @Test("texts that only look like anchors, aliases or tags are accepted", arguments: [
        "k: 'a &b *c !d'\n",
        "k: \"a &b *c !d \\\" &e\"\n",
        "k: |\n  &a *b !c\n  'x\n",
        "k: >2\n    &a\n   *b\n",
        "k: a&b*c!d\n",
        "k: a # &b\n",
        "k: a\n  &b is text here\n",
        "k: 'a\n  &b'\n",
    ])
    func lookAlikes(_ text: String) {
        #expect(!Self.libyamlUsesReservedSyntax(text))
        #expect(!Self.refusedBeforeParsing(text))
    }
}
