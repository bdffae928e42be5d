import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Escaping text for HTML and SVG: everything a plan or progress file holds is shown as text,
/// never read as markup (`<script>` in a title stays the words "<script>"), and control and bidi
/// characters are shown as `\u{…}` as on a terminal (`TerminalText`), so a right-to-left override
/// cannot make `000.001 €` read as `€ 100.000`.
package enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and quoted
    /// attributes; controls and bidi characters shown visibly (line feeds and tabs kept).
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in TerminalText.visible(text, keepingNewlines: true) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
