import Foundation
import Yams

/// A plan or progress file read from disk and parsed into a YAML node tree whose nodes keep their
/// line and column, with every problem met on the way as diagnostics.
///
/// Parsing uses Yams' `Parser` with the basic resolver, so every scalar stays the text the writer
/// typed (`NO` is not false, `1.10` is not 1.1); the decoders convert scalars themselves.
struct YAMLDocument {
    /// The decoded text, for quoting lines in diagnostics.
    let source: SourceText
    /// The root node; nil when the file could not be read or parsed, or is empty.
    private(set) var root: Node?

    /// Hands over the root node, so its tree is freed where the taker decides.
    mutating func takeRoot() -> Node? {
        defer { root = nil }
        return root
    }
    /// The problems found while reading and parsing.
    let diagnostics: [Diagnostic]
    /// Positions of keys that were reported as duplicates and masked for a re-parse.
    let maskedKeys: Set<SourceLocation>
    /// The content hash of the file's bytes (`ContentHash`), the version a local plan records of its base.
    var contentHash = ""
    /// Why the file could not be read, when it could not.
    var readFailure: RegularFile.Failure?

    /// Reads and parses a file.
    static func load(path: String, allowEmpty: Bool = false) -> YAMLDocument {
        let start = SourceLocation(file: path, line: 1, column: 1)
        func failed(_ diagnostic: Diagnostic) -> YAMLDocument {
            YAMLDocument(source: SourceText(path: path, text: ""), root: nil, diagnostics: [diagnostic], maskedKeys: [])
        }
        switch RegularFile.read(path: path) {
        case .success(let bytes):
            return parse(bytes: bytes, path: path, allowEmpty: allowEmpty)
        case .failure(let failure):
            var document = failed(.error(.fileUnreadable, failure.message, at: start, hint: failure.hint))
            document.readFailure = failure
            return document
        }
    }

    /// Parses bytes as the contents of the file at `path`.
    /// With `allowEmpty`, an empty file (or one of comments only) is no problem: a new progress file.
    static func parse(bytes: [UInt8], path: String, allowEmpty: Bool = false) -> YAMLDocument {
        var document = decode(bytes: bytes, path: path, allowEmpty: allowEmpty)
        document.contentHash = ContentHash.of(bytes)
        return document
    }

    private static func decode(bytes: [UInt8], path: String, allowEmpty: Bool) -> YAMLDocument {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let text: String
        switch TextDecoding.decode(bytes) {
        case .success(let decoded):
            text = decoded
        case .failure(.utf16):
            return YAMLDocument(
                source: SourceText(path: path, text: ""), root: nil,
                diagnostics: [.error(.notUTF8, "the file is UTF-16 text; plan files are UTF-8", at: start,
                                     hint: "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)")],
                maskedKeys: [])
        case .failure(.invalidUTF8(let offset)):
            // Show the location within the valid part before the bad byte.
            let valid = String(decoding: bytes[..<offset], as: UTF8.self)
            let source = SourceText(path: path, text: valid)
            var location = source.location(ofUTF8Offset: valid.utf8.count)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { location = source.location(ofUTF8Offset: max(0, valid.utf8.count - 3)) }
            return YAMLDocument(
                source: source, root: nil,
                diagnostics: [.error(.notUTF8, "the file is not UTF-8 text (byte \(offset + 1) cannot be read)", at: location,
                                     hint: "plan files are UTF-8 text; is this a binary file, or saved in another encoding? save it as UTF-8")],
                maskedKeys: [])
        }
        let source = SourceText(path: path, text: text)
        if let use = ReservedSyntaxScanner.firstUse(in: text) {
            let diagnostic: Diagnostic = switch use {
            case .anchor(let offset):
                .error(.anchorsAndAliases, "anchors ('&name') and aliases ('*name') are not allowed in plan files",
                       at: source.location(ofUTF8Offset: offset),
                       hint: "write the value out in full; if the '&' is part of a text, put the text in quotes")
            case .tag(let offset, let name):
                .error(.tags, "YAML tags ('\(name)') are not allowed in plan files", at: source.location(ofUTF8Offset: offset),
                       hint: "a text that starts with '!' must be quoted: title: \"!Belangrijk …\"")
            }
            return YAMLDocument(source: source, root: nil, diagnostics: [diagnostic], maskedKeys: [])
        }
        return parse(source: source, allowEmpty: allowEmpty)
    }

    /// Parses the text; a duplicate key is reported, masked, and the text parsed again, so that all
    /// duplicates and all other problems of the file are reported in one run.
    private static func parse(source: SourceText, allowEmpty: Bool) -> YAMLDocument {
        var text = source.text
        var diagnostics: [Diagnostic] = []
        var masked: Set<SourceLocation> = []
        while true {
            do {
                let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
                let root = try parser.singleRoot()
                if root == nil || root == Node("") {
                    if allowEmpty { return YAMLDocument(source: source, root: nil, diagnostics: diagnostics, maskedKeys: masked) }
                    let onlyComments = source.text.contains("#")
                    diagnostics.append(.error(
                        .emptyFile, onlyComments ? "the file holds only comments" : "the file is empty", at: source.location(line: 1, column: 1),
                        hint: "a plan file starts with 'plan:', 'organisations:' and 'themes:'; see the file format in the README"))
                    return YAMLDocument(source: source, root: nil, diagnostics: diagnostics, maskedKeys: masked)
                }
                return YAMLDocument(source: source, root: root, diagnostics: diagnostics, maskedKeys: masked)
            } catch let error as YamlError {
                if case .duplicatedKeysInMapping(let keys, let context) = error,
                   masked.count < LoadLimits.maximumDuplicateKeys,
                   let key = keys.first,
                   let duplicate = DuplicateKeyLocator.secondOccurrence(
                       of: key, after: context.mark, in: text, marker: Unicode.Scalar(0xE000 + masked.count)!) {
                    let first = source.location(line: context.mark.line, column: context.mark.column)
                    let second = source.location(line: duplicate.line, column: duplicate.column)
                    diagnostics.append(.error(
                        .duplicateKey, "duplicate key '\(key)'", at: second,
                        hint: "each key may appear once in a mapping; remove one, or merge the two values",
                        notes: [.init("'\(key)' first appears here", at: first)]))
                    masked.insert(second)
                    text = duplicate.maskedText
                    continue
                }
                diagnostics.append(YAMLErrorConversion.diagnostic(for: error, source: source))
                return YAMLDocument(source: source, root: nil, diagnostics: diagnostics, maskedKeys: masked)
            } catch {
                diagnostics.append(.error(.yamlSyntax, "the file cannot be parsed", at: source.location(line: 1, column: 1)))
                return YAMLDocument(source: source, root: nil, diagnostics: diagnostics, maskedKeys: masked)
            }
        }
    }
}
