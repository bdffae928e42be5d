@testable import ActionPlanFiles
import ActionPlan
import CYaml
import Foundation
import Testing

/// The YAML composer against libyaml's own event stream: for thousands of generated and mutated
/// documents, whenever libyaml's events hold an anchored node, an alias or a tag before any error,
/// loading refuses the file there (AP105/AP106 at that event's line and column); a document whose
/// events hold none is never refused for them. The composer is the only place that refuses them.
@Suite("YAML composer against libyaml's events")
struct YAMLComposerTests {
    /// What libyaml makes of a text, read event by event (never composed, with a budget, so this
    /// cannot hang on a bomb), up to where the composer stops: the first anchor, alias or tag
    /// (with its 1-based position), a second document, an error, or the end.
    enum LibyamlVerdict: Equatable { case reservedSyntax(line: Int, column: Int), valid, stops }

    static func libyamlEvents(_ text: String, eventBudget: Int = 200_000) -> LibyamlVerdict {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .valid }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .stops }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var documents = 0
            for _ in 0..<eventBudget {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .stops }
                defer { yaml_event_delete(&event) }
                let here = LibyamlVerdict.reservedSyntax(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_ALIAS_EVENT:
                    return here
                case YAML_SCALAR_EVENT:
                    if event.data.scalar.anchor != nil || event.data.scalar.tag != nil { return here }
                case YAML_SEQUENCE_START_EVENT:
                    if event.data.sequence_start.anchor != nil || event.data.sequence_start.tag != nil { return here }
                case YAML_MAPPING_START_EVENT:
                    if event.data.mapping_start.anchor != nil || event.data.mapping_start.tag != nil { return here }
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 { return .stops }
                case YAML_STREAM_END_EVENT:
                    return .valid
                default:
                    break
                }
            }
            return .stops
        }
    }

    static func libyamlUsesReservedSyntax(_ text: String) -> Bool {
        if case .reservedSyntax = libyamlEvents(text) { return true }
        return false
    }

    static let reservedCodes: Set<DiagnosticCode> = [.anchorsAndAliases, .tags]

    /// The refusals loading reports for a text (through the whole loader, as a plan file).
    static func refusals(_ text: String) -> [Diagnostic] {
        PlanLoader.load(bytes: Array(text.utf8), path: "generated.yaml").diagnostics.filter { reservedCodes.contains($0.code) }
    }

    /// Checks one document; returns whether libyaml saw reserved syntax in it.
    @discardableResult
    static func check(_ text: String, _ origin: @autoclosure () -> String) -> Bool {
        switch libyamlEvents(text) {
        case .reservedSyntax(let line, let column):
            let found = refusals(text)
            #expect(found.count == 1 && found.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (line, column),
                    "libyaml finds an anchor, alias or tag at \(line):\(column) that loading does not refuse there (\(origin())): \(found.map(\.location)):\n\(text)")
            return true
        case .valid where text.utf8.count < 20_000: // a full load of a big plan per case would be slow
            #expect(refusals(text).isEmpty, "loading refuses a document without anchors, aliases or tags (\(origin())):\n\(text)")
            return false
        case .valid, .stops:
            return false
        }
    }

    // MARK: Generated documents

    /// How many cases, in quarters of the full run: 1 for `swift test`, 4 with ACTIONPLAN_FULL_TESTS=1
    /// (.ci/run), or YAML_COMPOSER_SCALE (400 runs a hundred times the full run, by hand).
    static let scale = Int(ProcessInfo.processInfo.environment["YAML_COMPOSER_SCALE"] ?? "") ?? (TestSupport.fullRuns ? 4 : 1)

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

    @Test("generated documents: every anchor, alias and tag libyaml finds is refused where it is")
    func generated() {
        var random = SeededGenerator(seed: 10)
        var withReservedSyntax = 0
        let scale = Self.scale
        for index in 0..<1_500 * scale {
            let text = Self.generatedDocument(&random)
            if Self.check(text, "generated document \(index)") { withReservedSyntax += 1 }
        }
        // The generator must reach the interesting cases often, or the test proves little.
        #expect(withReservedSyntax > 75 * scale, "only \(withReservedSyntax) documents used anchors, aliases or tags")
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
            let mutations = (text.utf8.count > 20_000 ? 4 : 8) * Self.scale
            for index in 0..<mutations {
                Self.check(Self.mutated(text, &random), "\(file.lastPathComponent), mutation \(index)")
                cases += 1
            }
        }
        #expect(cases > 800 * Self.scale)
    }

    @Test("a folder of inputs given by YAML_COMPOSER_CORPUS (such as the fuzz corpus, fuzz/.work/corpus), unchanged",
          .enabled(if: ProcessInfo.processInfo.environment["YAML_COMPOSER_CORPUS"] != nil, "set YAML_COMPOSER_CORPUS to a folder of inputs"))
    func corpus() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["YAML_COMPOSER_CORPUS"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!names.isEmpty, "\(folder) holds no inputs")
        for name in names {
            // A running fuzzer replaces files as it reduces them.
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name)) else { continue }
            guard let text = String(data: data, encoding: .utf8) else { continue }
            Self.check(text, name)
        }
    }

    // MARK: The tree

    @Test("the tree keeps each scalar's text as typed and its style, pairs in file order, and 1-based positions")
    func tree() throws {
        let text = "b: NO\na: '1.10'\nl:\n  - \"x\"\n  - |\n    lit\n  - >\n    fold\nzé: [1, {k: v}]\nb: again\n"
        let composition = YAMLComposer.compose(SourceText(path: "t.yaml", text: text))
        #expect(!composition.failed)
        let root = try #require(composition.root?.mapping)
        #expect(root.pairs.map { $0.key.scalar?.text } == ["b", "a", "l", "zé"])
        #expect(root["b"]?.scalar?.text == "NO" && root["b"]?.scalar?.style == .plain)
        #expect(root["a"]?.scalar?.text == "1.10" && root["a"]?.scalar?.style == .singleQuoted)
        #expect(root["a"]?.position == YAMLPosition(line: 2, column: 4))
        guard case .sequence(let list)? = root["l"] else { Issue.record("l is not a list"); return }
        #expect(list.items.map { $0.scalar?.style } == [.doubleQuoted, .literal, .folded])
        #expect(list.items.map { $0.scalar?.text } == ["x", "lit\n", "fold\n"])
        #expect(list.position == YAMLPosition(line: 4, column: 3))
        guard case .sequence(let flow)? = root["zé"] else { Issue.record("zé is not a list"); return }
        // Columns count characters, as libyaml does: 'é' is one.
        #expect(flow.position == YAMLPosition(line: 9, column: 5))
        #expect(flow.items.last?.mapping?["k"]?.scalar?.text == "v")
        // The second 'b' is reported once, pointing at the first, and its value left out.
        #expect(composition.diagnostics.map(\.code) == [.duplicateKey])
        #expect(composition.diagnostics.first?.location.line == 10)
        #expect(composition.diagnostics.first?.notes.first?.location.line == 1)
    }

    @Test("duplicate keys in a mapping larger than the linear search are all found, each pointing at the first")
    func duplicatesInLargeMapping() {
        let keys = (0..<40).map { "k\($0): \($0)\n" }.joined()
        let text = keys + "k3: again\nk39: again\nk3: thrice\n"
        let composition = YAMLComposer.compose(SourceText(path: "t.yaml", text: text))
        #expect(composition.diagnostics.map(\.location.line) == [41, 42, 43])
        #expect(composition.diagnostics.map { $0.notes.first?.location.line } == [4, 40, 4])
        #expect(composition.root?.mapping?.pairs.count == 40)
        #expect(composition.root?.mapping?["k3"]?.scalar?.text == "3")
    }

    @Test("an anchor and a tag on one node: the one written first is named")
    func anchorAndTag() {
        #expect(Self.refusals("k: !t &a x\n").map(\.code) == [.tags])
        #expect(Self.refusals("k: &a !t x\n").map(\.code) == [.anchorsAndAliases])
        #expect(Self.refusals("k: *a\n").first?.hint?.contains("'*'") == true)
    }

    // MARK: The cases that bypassed the former pre-scan (kept: the composer must refuse them too)

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
        Self.check(text, "former bypass")
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
        #expect(Self.refusals(text).isEmpty)
    }
}
