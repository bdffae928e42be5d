import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Escaping text for HTML and SVG: everything a plan or progress file holds is shown as text,
/// never read as markup (`<script>` in a title stays the words "<script>").
package enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in element content and quoted attributes.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
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
