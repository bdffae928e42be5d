// libyaml's C API (yaml.h), compiled from the copy Yams vendors; see "How libyaml reaches us" in
// ARCHITECTURE.md. This is the only file that talks to libyaml.
import ActionPlanCore
internal import CYaml

/// Builds the YAML tree (`YAMLNode`) from libyaml's events, in one pass and without recursion.
///
/// Reports every duplicate key in the one pass and keeps the first value; refuses anchors, aliases
/// and tags at the first event that carries one (the only place that refuses them: no tree ever
/// holds one); and stops at a node budget proportional to the file's size
/// (`LoadLimits.maximumNodes(forFileSize:)`), so no input can make it do more than linear work.
enum YAMLComposer {
    /// The root (nil for a file without a document, or after an error) and the problems met.
    struct Composition {
        var root: YAMLNode?
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

    /// A collection being built. A mapping holds its pairs and the key waiting for its value.
    struct Frame {
        let isMapping: Bool
        let position: YAMLPosition
        var items: [YAMLNode] = []
        var pairs: [YAMLMapping.Pair] = []
        var key: YAMLNode?
        var keyIsDuplicate = false
        /// The first position of each scalar key, once the mapping is too large for a linear search.
        var keyIndex: [String: YAMLPosition]?
    }

    /// Up to this many pairs a duplicate key is looked for by a linear search (cheaper than hashing
    /// for the few keys of most mappings); beyond it, in an index.
    static let linearKeySearchLimit = 12

    init(source: SourceText, byteCount: Int) {
        self.source = source
        nodeBudget = LoadLimits.maximumNodes(forFileSize: byteCount)
    }

    func position(_ mark: yaml_mark_t) -> YAMLPosition { YAMLPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        source.location(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    mutating func stop(_ diagnostic: Diagnostic) -> YAMLComposer.Composition {
        diagnostics.append(diagnostic)
        return YAMLComposer.Composition(root: nil, diagnostics: diagnostics.diagnostics, failed: true)
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLComposer.Composition {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return stop(.error(.tooDeep, Messages.tooLargeToParse, at: source.location(line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var root: YAMLNode?
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return stop(syntaxError(parser)) }
            defer { yaml_event_delete(&event) }
            var completed: YAMLNode?
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
                return stop(reservedSyntax(anchor: true, tag: nil, at: event.start_mark))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil || scalar.tag != nil {
                    return stop(reservedSyntax(anchor: scalar.anchor != nil, tag: scalar.tag, at: event.start_mark))
                }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                completed = .scalar(YAMLScalar(text: text, style: Self.style(scalar.style), position: position(event.start_mark)))
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                if start.anchor != nil || start.tag != nil {
                    return stop(reservedSyntax(anchor: start.anchor != nil, tag: start.tag, at: event.start_mark))
                }
                stack.append(Frame(isMapping: false, position: position(event.start_mark)))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                if start.anchor != nil || start.tag != nil {
                    return stop(reservedSyntax(anchor: start.anchor != nil, tag: start.tag, at: event.start_mark))
                }
                stack.append(Frame(isMapping: true, position: position(event.start_mark)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                completed = frame.isMapping
                    ? .mapping(YAMLMapping(pairs: frame.pairs, position: frame.position))
                    : .sequence(YAMLSequence(items: frame.items, position: frame.position))
            default:
                continue
            }
            guard let node = completed else { continue }
            nodes += 1
            if nodes > nodeBudget {
                return stop(.error(.tooDeep, Messages.tooManyValues(nodeBudget), at: location(event.start_mark), hint: Messages.isThisAPlan))
            }
            if stack.isEmpty {
                root = node
            } else {
                add(node)
            }
        }
    }

    static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// Adds a finished node to the collection being built (in place): an item, a key, or a key's value.
    /// A key seen before in the same mapping is reported, and its value dropped.
    mutating func add(_ node: YAMLNode) {
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].key {
            if !stack[top].keyIsDuplicate { stack[top].pairs.append(YAMLMapping.Pair(key: key, value: node)) }
            stack[top].key = nil
            stack[top].keyIsDuplicate = false
            return
        }
        stack[top].key = node
        guard case .scalar(let key) = node else { return }
        if let first = firstPosition(of: key.text, in: &stack[top]) {
            stack[top].keyIsDuplicate = true
            let name = NodeReader.shorten(key.text)
            diagnostics.append(.error(
                .duplicateKey, Messages.duplicateKey(name), at: source.location(line: key.position.line, column: key.position.column),
                hint: Messages.duplicateKeyHint,
                notes: [.init(Messages.firstAppearsHere(name), at: source.location(line: first.line, column: first.column))]))
        } else if stack[top].keyIndex != nil {
            stack[top].keyIndex?[key.text] = key.position
        }
    }

    /// Where the mapping's key `text` was written before, if it was: a linear search over the few
    /// pairs of a small mapping, an index for a large one (built once, when it grows past the limit).
    func firstPosition(of text: String, in frame: inout Frame) -> YAMLPosition? {
        if frame.keyIndex == nil, frame.pairs.count > Self.linearKeySearchLimit {
            var index: [String: YAMLPosition] = [:]
            for pair in frame.pairs {
                if case .scalar(let key) = pair.key, index[key.text] == nil { index[key.text] = key.position }
            }
            frame.keyIndex = index
        }
        if let index = frame.keyIndex { return index[text] }
        for pair in frame.pairs {
            if case .scalar(let key) = pair.key, key.text == text { return key.position }
        }
        return nil
    }

    /// The refusal of an anchor, an alias or a tag, at the first of them in the node's properties
    /// (libyaml's event starts at whichever was written first).
    func reservedSyntax(anchor: Bool, tag: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t) -> Diagnostic {
        let first = character(at: mark)
        if let tag, !anchor || first == "!" {
            let name = NodeReader.shorten(String(cString: tag))
            return .error(.tags, Messages.tagsNotAllowed(name), at: location(mark), hint: Messages.tagsHint)
        }
        let sign = first == "*" ? "*" : "&"
        return .error(.anchorsAndAliases, Messages.anchorsNotAllowed, at: location(mark), hint: Messages.anchorsHint(sign))
    }

    /// The character at a mark, found through the source's lines (only on the way to an error).
    func character(at mark: yaml_mark_t) -> Unicode.Scalar? {
        guard let line = source.line(Int(mark.line) + 1) else { return nil }
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: Int(mark.column), limitedBy: scalars.endIndex),
              index < scalars.endIndex else { return nil }
        return scalars[index]
    }

    /// libyaml's error as a diagnostic.
    func syntaxError(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the file cannot be parsed"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error(.tooDeep, Messages.tooLargeToParse, at: source.location(line: 1, column: 1))
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
