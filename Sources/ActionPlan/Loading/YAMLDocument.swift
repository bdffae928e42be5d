import ActionPlanCore
import Foundation

/// A plan or progress file read from disk and parsed into a YAML node tree whose nodes keep their
/// line and column, with every problem met on the way as diagnostics.
///
/// Parsing uses `YAMLComposer` (libyaml's events into our `YAMLNode` tree), so every scalar stays
/// the text the writer typed (`NO` is not false, `1.10` is not 1.1); the decoders convert scalars
/// themselves.
package struct YAMLDocument {
    /// The decoded text, for quoting lines in diagnostics.
    let source: SourceText
    /// The root node; nil when the file could not be read or parsed, or is empty.
    private(set) var root: YAMLNode?

    /// Hands over the root node, so its tree is freed where the taker decides.
    package mutating func takeRoot() -> YAMLNode? {
        defer { root = nil }
        return root
    }
    /// The problems found while reading and parsing.
    let diagnostics: [Diagnostic]
    /// The content hash of the file's bytes (`ContentHash`), the version a local plan records of its base.
    var contentHash = ""
    /// Why the file could not be read, when it could not.
    var readFailure: RegularFile.Failure?

    /// Reads and parses a file.
    static func load(path: String, allowEmpty: Bool = false, reads: FileReads? = nil) -> YAMLDocument {
        let start = SourceLocation(file: path, line: 1, column: 1)
        func failed(_ diagnostic: Diagnostic) -> YAMLDocument {
            YAMLDocument(source: SourceText(path: path, text: ""), root: nil, diagnostics: [diagnostic])
        }
        InputFiles.note(path) // never written over by this run's commands (OutputFile)
        switch reads?.bytes(path: path) ?? RegularFile.read(path: path) {
        case .success(let bytes):
            return parse(bytes: bytes, path: path, allowEmpty: allowEmpty)
        case .failure(let failure):
            var document = failed(.error(.fileUnreadable, failure.messageText, at: start, hint: failure.hintText))
            document.readFailure = failure
            return document
        }
    }

    /// Parses bytes as the contents of the file at `path`.
    /// With `allowEmpty`, an empty file (or one of comments only) is no problem: a new progress file.
    package static func parse(bytes: consuming [UInt8], path: String, allowEmpty: Bool = false) -> YAMLDocument {
        // A large file's hash is computed on another core while it is parsed.
        let hash = ContentHashing(copy bytes, inBackground: bytes.count >= 1 << 20)
        // Taken, not borrowed: the bytes are freed once decoded, before the tree is built (a large
        // plan's bytes are as large as its text).
        var document = decode(bytes: consume bytes, path: path, allowEmpty: allowEmpty)
        document.contentHash = hash.value
        return document
    }

    private static func decode(bytes: consuming [UInt8], path: String, allowEmpty: Bool) -> YAMLDocument {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let text: String
        switch TextDecoding.decode(bytes) {
        case .success(let decoded):
            text = decoded
        case .failure(.utf16):
            return YAMLDocument(
                source: SourceText(path: path, text: ""), root: nil,
                diagnostics: [.error(.notUTF8, Messages.utf16, at: start, hint: Messages.utf16Hint)])
        case .failure(.invisibleLineBreak(let text, let offset, let scalar, let count)):
            // Located as editors count lines (`\n`, `\r\n`, `\r`), not as the parser would.
            let source = SourceText(path: path, text: text)
            return YAMLDocument(
                source: source, root: nil,
                diagnostics: [.error(.invisibleLineBreak, Messages.invisibleLineBreak(Messages.invisibleLineBreakName(scalar), count: count),
                                     at: source.location(ofUTF8Offset: offset), hint: Messages.invisibleLineBreakHint)])
        case .failure(.invalidUTF8(let offset)):
            // Show the location within the valid part before the bad byte.
            let valid = String(decoding: bytes[..<offset], as: UTF8.self)
            let source = SourceText(path: path, text: valid)
            var location = source.location(ofUTF8Offset: valid.utf8.count)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { location = source.location(ofUTF8Offset: max(0, valid.utf8.count - 3)) }
            return YAMLDocument(
                source: source, root: nil,
                diagnostics: [.error(.notUTF8, Messages.notUTF8(byte: offset + 1), at: location, hint: Messages.notUTF8Hint)])
        }
        _ = consume bytes
        let source = SourceText(path: path, text: text)
        return parse(source: source, allowEmpty: allowEmpty)
    }

    /// Parses the text in one pass: every duplicate key is reported (the first value kept), and
    /// composing stops at the first syntax error.
    private static func parse(source: SourceText, allowEmpty: Bool) -> YAMLDocument {
        let composition = YAMLComposer.compose(source)
        var diagnostics = composition.diagnostics
        guard !composition.failed else {
            return YAMLDocument(source: source, root: nil, diagnostics: diagnostics)
        }
        let root = composition.root
        // A document of nothing (`---` alone) is an empty scalar, not nil: the decoders report it
        // ("found nothing"), as they always have.
        if root == nil {
            if allowEmpty { return YAMLDocument(source: source, root: nil, diagnostics: diagnostics) }
            let onlyComments = source.text.contains("#")
            diagnostics.append(.error(
                .emptyFile, onlyComments ? Messages.onlyComments : Messages.emptyFile, at: source.location(line: 1, column: 1),
                hint: Messages.emptyFileHint))
            return YAMLDocument(source: source, root: nil, diagnostics: diagnostics)
        }
        return YAMLDocument(source: source, root: root, diagnostics: diagnostics)
    }
}

/// The content hash of bytes, computed now or on a background thread.
private final class ContentHashing: @unchecked Sendable {
    private var result = ""
    private let done = DispatchGroup()

    init(_ bytes: [UInt8], inBackground: Bool) {
        guard inBackground else {
            result = ContentHash.of(bytes)
            return
        }
        DispatchQueue.global().async(group: done) { self.result = ContentHash.of(bytes) }
    }

    /// The hash, once computed.
    var value: String {
        done.wait()
        return result
    }
}
