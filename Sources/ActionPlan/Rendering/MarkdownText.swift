import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Text from plan and progress files made safe to put into Markdown.
///
/// A report in Markdown is turned into HTML or Word by pandoc (its `markdown` reader, or `gfm`), so
/// user text must stay text under both: HTML in it (`<script>`, `<img onerror=…>`) is escaped as
/// entities; every character either reader gives meaning to inline is backslash-escaped — links and
/// images (`[x](javascript:…)`), attributes (`{onmouseover=…}`, `{dir=rtl}`), spans (`[x]{.c}`),
/// footnotes (`^[…]`, `[^1]`), citations (`@key`), code and raw code (`` `x`{=html} ``), emphasis,
/// super- and subscript, math, emoji (`:x:`), bare links (`https://…`) — and what starts a block at
/// the start of a line (headings, lists, numbered lists `1.` `a)` `(i)`, definitions `:`, fenced divs
/// `:::`, line blocks, title blocks `%`). Control and bidi characters are shown as `\u{…}` as on a
/// terminal (`TerminalText`).
package enum MarkdownText {
    /// ASCII punctuation that is always escaped: CommonMark and pandoc let a backslash escape any of it.
    private static let alwaysEscaped: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "!", "|", "~", "$", "{", "}", "^", "@",
    ]

    /// What pandoc's `fancy_lists` take for a list number: up to nine digits, one letter, or roman numerals.
    private static func isListMarker(_ marker: String) -> Bool {
        if marker.allSatisfy(\.isNumber) { return marker.count <= 9 }
        return marker.count == 1 || marker.allSatisfy { "ivxlcdm".contains($0) } || marker.allSatisfy { "IVXLCDM".contains($0) }
    }

    /// `text` as inline Markdown that renders exactly as the text; line breaks become `lineBreak`
    /// (`<br>` in table cells, which is the only HTML the renderers write themselves).
    package static func escaped(_ text: String, lineBreak: String = "<br>") -> String {
        let characters = Array(TerminalText.visible(text, keepingNewlines: true))
        var out = ""
        out.reserveCapacity(characters.count + 8)
        var atLineStart = true
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            index += 1
            switch character {
            case "\n", "\r\n":
                out += lineBreak
                atLineStart = lineBreak.hasSuffix("\n")
                continue
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case _ where alwaysEscaped.contains(character): out += "\\" + String(character)
            // Emoji (`:smile:`) and bare links (`https://`) in gfm; a definition or fenced div at a line start.
            case ":": out += (atLineStart || (next.map { !$0.isWhitespace } ?? false) ? "\\:" : ":")
            case "#", "+", "-", "=", "%", "(": out += (atLineStart ? "\\" : "") + String(character) // headings, lists, title blocks
            default:
                // A numbered or lettered list at a line start (`1. `, `a) `, `iv. `): escape its `.` or `)`.
                if atLineStart, character.isASCII, character.isLetter || character.isNumber {
                    var end = index - 1
                    while end < characters.count, characters[end].isASCII, characters[end].isLetter || characters[end].isNumber { end += 1 }
                    let marker = String(characters[(index - 1)..<end])
                    if Self.isListMarker(marker), end < characters.count, characters[end] == "." || characters[end] == ")",
                       end + 1 == characters.count || characters[end + 1].isWhitespace {
                        out += String(characters[(index - 1)..<end]) + "\\" + String(characters[end])
                        index = end + 1
                        atLineStart = false
                        continue
                    }
                }
                // `www.` starts a bare link in gfm: break the pattern with an escaped dot.
                if character == ".", out.hasSuffix("www") {
                    out += "\\."
                    atLineStart = false
                    continue
                }
                out.append(character)
            }
            atLineStart = false
        }
        return out
    }
}
