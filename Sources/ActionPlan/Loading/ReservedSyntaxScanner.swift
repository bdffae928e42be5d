import ActionPlanCore
/// Finds YAML anchors (`&name`), aliases (`*name`) and tags (`!name`) before the text is parsed.
///
/// Plan files may not use anchors and aliases: aliases let a few lines expand into billions of
/// nodes ("billion laughs"), and Yams hashes mapping keys, aliased ones included, while composing,
/// which is exponential in the number of lines. Nor tags: `title: !Belangrijk …` would silently
/// lose the word. All three are refused before Yams sees the text.
///
/// The scan finds where libyaml's tokens start by following libyaml's own scanner rules (scanner.c
/// in Yams' CYaml): a quote, `|` or `>` opens a scalar only where a token starts, never inside a
/// plain scalar; `|` and `>` only in block context (a flow-depth counter tracks `[ ]` and `{ }`);
/// `#` starts a comment only between tokens; plain scalars run on over lines indented deeper than
/// the enclosing block collection, whose indentation is tracked as libyaml tracks it (simple keys,
/// `-` and `?` entries); quoted scalars span lines and escape quotes as `''` and `\"`; block
/// scalars take their indentation from an indicator or their first line. The scanner does no
/// hashing and no look-back, so it is linear in the file's size. It is tested against libyaml's
/// own event stream (`ReservedSyntaxScannerTests`).
enum ReservedSyntaxScanner {
    /// What was found.
    enum Use: Equatable {
        case anchor(offset: Int)
        case tag(offset: Int, name: String)
    }

    /// The first anchor, alias or tag, with its UTF-8 offset, or nil when there is none.
    static func firstUse(in text: String) -> Use? {
        var text = text
        return text.withUTF8 { bytes in
            var walk = TokenWalk(bytes: bytes)
            return walk.firstUse()
        }
    }
}

/// libyaml's token boundaries, followed without building tokens.
///
/// Where libyaml would stop with a syntax error, the walk goes on as best it can: whatever it
/// reports after that point is in a file that is refused anyway.
private struct TokenWalk {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset of the current character.
    var index = 0
    /// The column and index in characters, as libyaml counts them; the line.
    var column = 0, characterIndex = 0, line = 0
    var flowLevel = 0
    /// The column of the innermost block collection (-1 at the top) and those around it.
    var indent = -1
    var indents: [Int] = []
    var simpleKeyAllowed = true
    /// Where a simple key (`key:` without `?`) may start, one per flow level.
    var simpleKeys = [SimpleKey()]
    /// The keys saved, oldest first (level and character index), for finding stale ones without
    /// visiting every level at every token (which is quadratic in `[[[[…`). Entries of keys
    /// removed since are skipped when they come up.
    var savedKeys: [(level: Int, characterIndex: Int)] = []
    var oldestSavedKey = 0

    struct SimpleKey {
        var possible = false
        var line = 0, characterIndex = 0, column = 0
    }

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    // MARK: Characters

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// The byte at an offset from the current one; 0 past the end (libyaml's buffers end in NUL).
    func at(_ offset: Int) -> UInt8 {
        let position = index + offset
        return position < bytes.count ? bytes[position] : 0
    }

    func isZ(_ offset: Int = 0) -> Bool { at(offset) == 0 }
    func isBlank(_ offset: Int = 0) -> Bool { at(offset) == Self.space || at(offset) == Self.tab }

    /// A line break as libyaml knows them: CR, LF, NEL (U+0085), LS (U+2028), PS (U+2029).
    func isBreak(_ offset: Int = 0) -> Bool {
        switch at(offset) {
        case Self.carriageReturn, Self.lineFeed: return true
        case 0xC2: return at(offset + 1) == 0x85
        case 0xE2: return at(offset + 1) == 0x80 && (at(offset + 2) == 0xA8 || at(offset + 2) == 0xA9)
        default: return false
        }
    }

    func isBreakZ(_ offset: Int = 0) -> Bool { isBreak(offset) || isZ(offset) }
    func isBlankZ(_ offset: Int = 0) -> Bool { isBlank(offset) || isBreakZ(offset) }

    func isAny(_ offset: Int, of characters: String) -> Bool {
        let byte = at(offset)
        return byte != 0 && characters.utf8.contains(byte)
    }

    /// `---` or `...` at the start of a line, followed by a blank or the end of the line.
    var atDocumentIndicator: Bool {
        column == 0 && isBlankZ(3)
            && ((at(0) == UInt8(ascii: "-") && at(1) == UInt8(ascii: "-") && at(2) == UInt8(ascii: "-"))
                || (at(0) == UInt8(ascii: ".") && at(1) == UInt8(ascii: ".") && at(2) == UInt8(ascii: ".")))
    }

    /// Steps over one character (all bytes of it).
    mutating func skip() {
        let lead = at(0)
        index += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        column += 1
        characterIndex += 1
    }

    /// Steps over one line break (CR LF counts as one).
    mutating func skipLine() {
        if at(0) == Self.carriageReturn, at(1) == Self.lineFeed {
            index += 2
            characterIndex += 2
        } else {
            skip()
        }
        column = 0
        line += 1
    }

    mutating func skipToBreak() {
        while !isBreakZ() { skip() }
    }

    // MARK: Indentation and simple keys (libyaml's bookkeeping)

    mutating func rollIndent(_ column: Int) {
        guard flowLevel == 0, indent < column else { return }
        indents.append(indent)
        indent = column
    }

    mutating func unrollIndent(_ column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column { indent = indents.popLast() ?? -1 }
    }

    mutating func saveSimpleKey() {
        guard simpleKeyAllowed else { return }
        simpleKeys[simpleKeys.count - 1] = SimpleKey(possible: true, line: line, characterIndex: characterIndex, column: column)
        savedKeys.append((simpleKeys.count - 1, characterIndex))
    }

    mutating func removeSimpleKey() { simpleKeys[simpleKeys.count - 1].possible = false }

    /// A simple key is limited to one line and 1024 characters. Keys are saved in the order of
    /// the text, so the stale ones are the oldest: each is looked at once.
    mutating func staleSimpleKeys() {
        while oldestSavedKey < savedKeys.count {
            let (level, keyIndex) = savedKeys[oldestSavedKey]
            if level < simpleKeys.count, simpleKeys[level].possible, simpleKeys[level].characterIndex == keyIndex {
                guard simpleKeys[level].line < line || keyIndex + 1024 < characterIndex else { break }
                simpleKeys[level].possible = false
            }
            oldestSavedKey += 1
        }
        if oldestSavedKey > 4096, oldestSavedKey * 2 > savedKeys.count {
            savedKeys.removeFirst(oldestSavedKey)
            oldestSavedKey = 0
        }
    }

    // MARK: Tokens

    mutating func firstUse() -> ReservedSyntaxScanner.Use? {
        while true {
            scanToNextToken()
            if isZ() { return nil }
            staleSimpleKeys()
            unrollIndent(column)
            if column == 0, at(0) == UInt8(ascii: "%") {
                // A directive (%YAML, %TAG) fills its line; a tag it declares is refused where used.
                unrollIndent(-1)
                removeSimpleKey()
                simpleKeyAllowed = false
                skipToBreak()
                continue
            }
            if atDocumentIndicator {
                unrollIndent(-1)
                removeSimpleKey()
                simpleKeyAllowed = false
                skip(); skip(); skip()
                continue
            }
            switch at(0) {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                saveSimpleKey()
                simpleKeys.append(SimpleKey())
                flowLevel += 1
                simpleKeyAllowed = true
                skip()
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                removeSimpleKey()
                if flowLevel > 0 {
                    flowLevel -= 1
                    simpleKeys.removeLast()
                }
                simpleKeyAllowed = false
                skip()
            case UInt8(ascii: ","):
                removeSimpleKey()
                simpleKeyAllowed = true
                skip()
            case UInt8(ascii: "-") where isBlankZ(1):
                rollIndent(column)
                removeSimpleKey()
                simpleKeyAllowed = true
                skip()
            case UInt8(ascii: "?") where flowLevel > 0 || isBlankZ(1):
                rollIndent(column)
                removeSimpleKey()
                simpleKeyAllowed = flowLevel == 0
                skip()
            case UInt8(ascii: ":") where flowLevel > 0 || isBlankZ(1):
                let key = simpleKeys[simpleKeys.count - 1]
                if key.possible {
                    rollIndent(key.column)
                    simpleKeys[simpleKeys.count - 1].possible = false
                    simpleKeyAllowed = false
                } else {
                    rollIndent(column)
                    simpleKeyAllowed = flowLevel == 0
                }
                skip()
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                // '&' or '*' followed by nothing that can name an anchor is a syntax error in libyaml.
                if !isBlankZ(1), !isAny(1, of: ",[]{}") { return .anchor(offset: index) }
                saveSimpleKey()
                simpleKeyAllowed = false
                skip()
            case UInt8(ascii: "!"):
                var end = index + 1
                while end < bytes.count, end < index + 40, ![Self.space, Self.tab, Self.lineFeed, Self.carriageReturn].contains(bytes[end]) {
                    end += 1
                }
                return .tag(offset: index, name: String(decoding: bytes[index..<end], as: UTF8.self))
            case UInt8(ascii: "|") where flowLevel == 0, UInt8(ascii: ">") where flowLevel == 0:
                removeSimpleKey()
                simpleKeyAllowed = true
                skipBlockScalar()
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                saveSimpleKey()
                simpleKeyAllowed = false
                skipQuotedScalar()
            default:
                // A plain scalar, or a character that cannot start a token (a syntax error in
                // libyaml): either way the text up to the next token is plain text.
                saveSimpleKey()
                simpleKeyAllowed = false
                skipPlainScalar()
            }
        }
    }

    /// Spaces, comments and line breaks between tokens.
    mutating func scanToNextToken() {
        while true {
            if column == 0, at(0) == 0xEF, at(1) == 0xBB, at(2) == 0xBF { skip() }
            while at(0) == Self.space || ((flowLevel > 0 || !simpleKeyAllowed) && at(0) == Self.tab) { skip() }
            if at(0) == UInt8(ascii: "#") { skipToBreak() }
            guard isBreak() else { return }
            skipLine()
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
    }

    /// A single- or double-quoted scalar, which may span lines.
    mutating func skipQuotedScalar() {
        let quote = at(0)
        skip()
        while !isZ() {
            if quote == UInt8(ascii: "'"), at(0) == quote, at(1) == quote {
                skip(); skip()
            } else if at(0) == quote {
                skip()
                return
            } else if quote == UInt8(ascii: "\""), at(0) == UInt8(ascii: "\\") {
                skip()
                if isBreak() { skipLine() } else if !isZ() { skip() }
            } else if isBreak() {
                skipLine()
            } else {
                skip()
            }
        }
    }

    /// A plain scalar: runs to `: `, ` #`, a flow indicator in flow context, or a line indented
    /// no deeper than the enclosing block collection.
    mutating func skipPlainScalar() {
        let minimumColumn = indent + 1
        var leadingBlanks = false
        let start = index
        defer { if index == start { skip() } } // always make progress, whatever libyaml would say
        while true {
            if atDocumentIndicator || at(0) == UInt8(ascii: "#") { break }
            while !isBlankZ() {
                if at(0) == UInt8(ascii: ":"), isBlankZ(1) || (flowLevel > 0 && isAny(1, of: ",?[]{}")) { break }
                if flowLevel > 0, isAny(0, of: ",[]{}") { break }
                leadingBlanks = false
                skip()
            }
            guard isBlank() || isBreak() else { break }
            while isBlank() || isBreak() {
                if isBlank() {
                    skip()
                } else {
                    skipLine()
                    leadingBlanks = true
                }
            }
            if flowLevel == 0, column < minimumColumn { break }
        }
        if leadingBlanks { simpleKeyAllowed = true }
    }

    /// A literal or folded block scalar: its header, then every line indented at least as far as
    /// its indentation (given by an indicator, or found from its first non-empty line).
    mutating func skipBlockScalar() {
        skip()
        var increment = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if at(0) == UInt8(ascii: "+") || at(0) == UInt8(ascii: "-") {
            skip()
            if isDigit(at(0)) {
                increment = Int(at(0) - UInt8(ascii: "0"))
                skip()
            }
        } else if isDigit(at(0)) {
            increment = Int(at(0) - UInt8(ascii: "0"))
            skip()
            if at(0) == UInt8(ascii: "+") || at(0) == UInt8(ascii: "-") { skip() }
        }
        // An indentation indicator 0 is an error in libyaml; reading it as none loses nothing.
        while isBlank() { skip() }
        if at(0) == UInt8(ascii: "#") { skipToBreak() }
        guard isBreakZ() else { return } // a syntax error in libyaml: go on with the rest of the line
        if isBreak() { skipLine() }
        var blockIndent = increment > 0 ? (indent >= 0 ? indent + increment : increment) : 0
        guard skipBlockScalarBreaks(&blockIndent) else { return }
        while column == blockIndent, !isZ() {
            skipToBreak()
            guard skipBlockScalarBreaks(&blockIndent) else { return }
        }
    }

    /// Empty lines and indentation inside a block scalar; sets an indentation not yet known.
    /// False where libyaml stops with an error (a tab in the indentation).
    mutating func skipBlockScalarBreaks(_ blockIndent: inout Int) -> Bool {
        var maximumIndent = 0
        while true {
            while blockIndent == 0 || column < blockIndent, at(0) == Self.space { skip() }
            maximumIndent = max(maximumIndent, column)
            if blockIndent == 0 || column < blockIndent, at(0) == Self.tab { return false }
            guard isBreak() else { break }
            skipLine()
        }
        if blockIndent == 0 { blockIndent = max(maximumIndent, indent + 1, 1) }
        return true
    }
}
