import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Text from plan and progress files made safe to put into Markdown.
///
/// A report in Markdown is turned into HTML or Word (pandoc), so user text must stay text: HTML in
/// it (`<script>`, `<img onerror=…>`) is escaped as entities; link, image and emphasis syntax
/// (`[x](javascript:…)`, `![](https://tracker/…)`, backticks, `*`, `_`, `~`, `$`, `|`, a leading
/// `#`) is backslash-escaped so it is shown as typed; control and bidi characters are shown as
/// `\u{…}` as on a terminal (`TerminalText`).
package enum MarkdownText {
    /// `text` as inline Markdown that renders exactly as the text; line breaks become `lineBreak`
    /// (`<br>` in table cells, which is the only HTML the renderers write themselves).
    package static func escaped(_ text: String, lineBreak: String = "<br>") -> String {
        var out = ""
        var atLineStart = true
        for character in TerminalText.visible(text, keepingNewlines: true) {
            switch character {
            case "\n", "\r\n":
                out += lineBreak
                atLineStart = lineBreak.hasSuffix("\n")
                continue
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "!", "|", "~", "$": out += "\\" + String(character)
            case "#", "+", "-", "=": out += (atLineStart ? "\\" : "") + String(character) // headings and lists
            default: out.append(character)
            }
            atLineStart = false
        }
        return out
    }
}
