/// A message in both languages the tool speaks: the one place a text is written in Dutch and in
/// English, so a diagnostic or a command's message can follow the plan's language (or `--lang`).
/// The texts themselves are kept together in the catalogue (`Messages`), not beside the code that uses them.
package struct MessageText: Sendable, Hashable {
    /// The Dutch text.
    package var nl: String
    /// The English text.
    package var en: String

    /// A message in both languages.
    package init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// A text that reads the same in both languages: a YAML example, a command, a code.
    package static func same(_ text: String) -> MessageText { MessageText(nl: text, en: text) }
}
