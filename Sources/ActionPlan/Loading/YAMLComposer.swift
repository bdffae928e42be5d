import ActionPlanCore
internal import CYaml
import Yams

/// Builds the YAML node tree from libyaml's events, in one pass and without recursion.
///
/// Yams' own composer stops at the first duplicate key (so finding all of them meant parsing the
/// file again per duplicate) and hashes every mapping key, aliased ones too. This one reports
/// every duplicate key in the one pass and keeps the first value; refuses anchors, aliases and
/// tags as it meets them (the second guard behind `ReservedSyntaxScanner`); and stops at a node
/// budget proportional to the file's size (`LoadLimits.maximumNodes(forFileSize:)`), so no input
/// can make it do more than linear work. The nodes are Yams' nodes with the basic resolver: every
/// scalar stays the text the writer typed.
enum YAMLComposer {
    /// The root (nil for an empty file or after an error) and the problems met.
    struct Composition {
        var root: Node?
        var diagnostics: [Diagnostic]
        /// Whether composing stopped at an error (the root is then nil).
        var failed: Bool
    }

    static func compose(_ source: SourceText) -> Composition {
        var text = source.text
        return text.withUTF8 { bytes in
            var composer = EventComposer(source: source, byteCount: bytes.count)
            return composer.run(bytes)
        }
    }
}

private struct EventComposer {
    let source: SourceText
    let nodeBudget: Int
    var nodes = 0
    var diagnostics = DiagnosticCollector()
    var stack: [Frame] = []
    /// A new tag per node, as Yams makes them: a tag resolves itself in place when first asked.
    /// (`Constructor.default` builds a new constructor each time it is read: read it once.)
    var tag: Tag { Tag(.implicit, .basic, constructor) }
    let constructor = Constructor.default

    /// A collection being built.
    enum Frame {
        case sequence(mark: Mark, style: Node.Sequence.Style, items: [Node])
        case mapping(mark: Mark, style: Node.Mapping.Style, pairs: [(Node, Node)], key: Node?, keyIsDuplicate: Bool,
                     firstKeys: [String: Mark])
    }

    init(source: SourceText, byteCount: Int) {
        self.source = source
        nodeBudget = LoadLimits.maximumNodes(forFileSize: byteCount)
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        source.location(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    func yamsMark(_ mark: yaml_mark_t) -> Mark { .at(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }

    mutating func stop(_ diagnostic: Diagnostic) -> YAMLComposer.Composition {
        diagnostics.append(diagnostic)
        return YAMLComposer.Composition(root: nil, diagnostics: diagnostics.diagnostics, failed: true)
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLComposer.Composition {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return stop(.error(.tooDeep, "the file is too large to parse", at: source.location(line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var root: Node?
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return stop(syntaxError(parser)) }
            defer { yaml_event_delete(&event) }
            var completed: Node?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return YAMLComposer.Composition(root: root, diagnostics: diagnostics.diagnostics, failed: false)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return stop(YAMLErrorConversion.syntaxDiagnostic(
                        problem: "but found another document", context: "expected a single document in the stream",
                        at: location(event.start_mark), contextAt: source.location(line: 1, column: 1)))
                }
                continue
            case YAML_ALIAS_EVENT:
                return stop(.error(.anchorsAndAliases, "anchors ('&name') and aliases ('*name') are not allowed in plan files",
                                   at: location(event.start_mark), hint: "write the value out in full"))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if let refusal = refusal(anchor: scalar.anchor, tag: scalar.tag, at: event.start_mark) { return stop(refusal) }
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) ?? .any
                completed = .scalar(.init(value, tag, style, yamsMark(event.start_mark)))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                if let refusal = refusal(anchor: start.anchor, tag: start.tag, at: event.start_mark) { return stop(refusal) }
                let style = Node.Sequence.Style(rawValue: numericCast(start.style.rawValue)) ?? .any
                stack.append(.sequence(mark: yamsMark(event.start_mark), style: style, items: []))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                if let refusal = refusal(anchor: start.anchor, tag: start.tag, at: event.start_mark) { return stop(refusal) }
                let style = Node.Mapping.Style(rawValue: numericCast(start.style.rawValue)) ?? .any
                stack.append(.mapping(mark: yamsMark(event.start_mark), style: style, pairs: [], key: nil,
                                      keyIsDuplicate: false, firstKeys: [:]))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                switch stack.popLast() {
                case .sequence(let mark, let style, let items):
                    completed = .sequence(.init(items, tag, style, mark))
                case .mapping(let mark, let style, let pairs, _, _, _):
                    completed = .mapping(.init(pairs, tag, style, mark))
                case nil:
                    continue
                }
            default:
                continue
            }
            guard let node = completed else { continue }
            nodes += 1
            if nodes > nodeBudget {
                return stop(.error(.tooDeep, "the file holds more YAML values than a file of its size can (\(nodeBudget))",
                                   at: location(event.start_mark), hint: "is this really a plan file?"))
            }
            if stack.isEmpty {
                root = node
            } else {
                add(node)
            }
        }
    }

    /// Adds a finished node to the collection being built: an item, a key, or a key's value.
    /// A key seen before in the same mapping is reported, and its value dropped.
    mutating func add(_ node: Node) {
        switch stack.removeLast() {
        case .sequence(let mark, let style, var items):
            items.append(node)
            stack.append(.sequence(mark: mark, style: style, items: items))
        case .mapping(let mapMark, let style, var pairs, let key, var keyIsDuplicate, var firstKeys):
            if let key {
                if !keyIsDuplicate { pairs.append((key, node)) }
                stack.append(.mapping(mark: mapMark, style: style, pairs: pairs, key: nil, keyIsDuplicate: false, firstKeys: firstKeys))
            } else {
                if case .scalar(let scalar) = node, let keyMark = scalar.mark {
                    if let first = firstKeys[scalar.string] {
                        keyIsDuplicate = true
                        let name = NodeReader.shorten(scalar.string)
                        diagnostics.append(.error(
                            .duplicateKey, "duplicate key '\(name)'", at: source.location(line: keyMark.line, column: keyMark.column),
                            hint: "each key may appear once in a mapping; remove one, or merge the two values",
                            notes: [.init("'\(name)' first appears here", at: source.location(line: first.line, column: first.column))]))
                    } else {
                        firstKeys[scalar.string] = keyMark
                    }
                }
                stack.append(.mapping(mark: mapMark, style: style, pairs: pairs, key: node, keyIsDuplicate: keyIsDuplicate,
                                      firstKeys: firstKeys))
            }
        }
    }

    func refusal(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t) -> Diagnostic? {
        if anchor != nil {
            return .error(.anchorsAndAliases, "anchors ('&name') and aliases ('*name') are not allowed in plan files", at: location(mark),
                          hint: "write the value out in full")
        }
        if let tag {
            let name = NodeReader.shorten(String(cString: tag))
            return .error(.tags, "YAML tags ('\(name)') are not allowed in plan files", at: location(mark),
                          hint: "a text that starts with '!' must be quoted: title: \"!Belangrijk …\"")
        }
        return nil
    }

    /// libyaml's error as a diagnostic.
    func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the file cannot be parsed"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error(.tooDeep, "the file is too large to parse", at: source.location(line: 1, column: 1))
        case YAML_READER_ERROR:
            return YAMLErrorConversion.readerDiagnostic(problem: problem, utf8Offset: parser.problem_offset,
                                                        value: parser.problem_value, source: source)
        default:
            return YAMLErrorConversion.syntaxDiagnostic(
                problem: problem, context: parser.context.map { String(cString: $0) },
                at: location(parser.problem_mark), contextAt: parser.context == nil ? nil : location(parser.context_mark))
        }
    }
}

extension Mark {
    /// The same two integers Yams' `Mark` holds (1-based line and column).
    private struct Layout {
        let line: Int
        let column: Int
    }

    /// A mark at a line and column. Yams creates marks only in its own parser; its `Mark` is two
    /// `Int`s, so one is made from a struct of the same two (the tests check the round trip, and
    /// `unsafeBitCast` traps rather than misreads if Yams ever changes its size).
    static func at(line: Int, column: Int) -> Mark {
        unsafeBitCast(Layout(line: line, column: column), to: Mark.self)
    }
}
