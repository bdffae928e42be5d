import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The adviser's own text for a progress report, kept in a Markdown file beside the plan
/// (`rotterdam-2024-2026.verslag-2025.md`, docs/report.md) so it survives every regeneration of the
/// report: a key message, an introduction, the decision asked of the council, a paragraph per theme
/// and an explanation per action, each under a heading that says what it belongs to.
///
/// The text is read as text, never as markup: paragraphs and `- ` lists are kept, everything else
/// (HTML, links, images, pandoc syntax) is shown as typed, escaped like all plan text.
package struct ReportNarrative: Sendable, Hashable {
    /// One block of the adviser's text.
    package enum Block: Sendable, Hashable {
        /// A paragraph: its lines joined by spaces.
        case paragraph(String)
        /// A list, one text per `- ` item.
        case list([String])
    }

    /// The message the reader should take away, shown first.
    package var keyMessage: [Block] = []
    /// The introduction, after the key message.
    package var introduction: [Block] = []
    /// What the council is asked to decide.
    package var decision: [Block] = []
    /// A narrative per theme, by theme id.
    package var themes: [String: [Block]] = [:]
    /// An explanation per action, by action id.
    package var actions: [String: [Block]] = [:]

    /// An empty text: the report as generated.
    package init() {}

    /// Whether the adviser wrote nothing.
    package var isEmpty: Bool {
        keyMessage.isEmpty && introduction.isEmpty && decision.isEmpty && themes.isEmpty && actions.isEmpty
    }

    /// The explanation of an action as one line of text (for a table cell), or nil.
    package func explanation(of actionID: String) -> String? {
        guard let blocks = actions[actionID], !blocks.isEmpty else { return nil }
        return blocks.map { block in
            switch block {
            case .paragraph(let text): return text
            case .list(let items): return items.map { "– \($0)" }.joined(separator: " ")
            }
        }.joined(separator: " ")
    }
}
