/// Turns diagnostics into the text people read: the place, the code and message, the line quoted
/// with a caret under the problem, and the hint.
///
/// ```
/// plans/rotterdam.yaml:12:9: error[AP201]: unknown key 'onwers' in an action
///    12 |         onwers: [VAR]
///       |         ^
///       = hint: did you mean 'owners'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    package var colours: Bool
    /// The most characters of a source line to quote; longer lines are cut around the column.
    package var excerptWidth: Int

    /// Creates a renderer.
    public init(colours: Bool = false, excerptWidth: Int = 100) {
        self.colours = colours
        self.excerptWidth = excerptWidth
    }

    /// A path that names no plan: `nowhere.yaml: error[AP101]: no such file or folder`.
    public func render(_ problem: PathProblem) -> String {
        paint(TerminalText.visible("\(problem.path):"), "1") + " " + paint("error[\(problem.code)]:", "1;31") + " "
            + TerminalText.visible(problem.message) + "\n"
    }

    /// Renders one diagnostic; `source` gives the quoted lines when it is the diagnostic's file.
    public func render(_ diagnostic: Diagnostic, source: SourceText?) -> String {
        var out = heading(diagnostic.location, label: "\(diagnostic.severity.rawValue)[\(diagnostic.code)]",
                          labelColour: diagnostic.severity == .error ? "31" : "33",
                          message: diagnostic.message)
        out += excerpt(at: diagnostic.location, source: source)
        for note in diagnostic.notes {
            out += heading(note.location, label: "note", labelColour: "36", message: note.message)
            out += excerpt(at: note.location, source: source)
        }
        if let hint = diagnostic.hint {
            let lines = hint.split(separator: "\n", omittingEmptySubsequences: false)
            out += "      = " + paint("hint:", "1") + " " + TerminalText.visible(String(lines[0])) + "\n"
            for line in lines.dropFirst() { out += "        " + TerminalText.visible(String(line)) + "\n" }
        }
        return out
    }

    private func heading(_ location: SourceLocation, label: String, labelColour: String, message: String) -> String {
        // Messages quote the file's text (keys, names, phrases), and paths are names from the disk:
        // control and bidi characters in them are shown, not sent to the terminal.
        paint(TerminalText.visible("\(location):"), "1") + " " + paint("\(label):", "1;\(labelColour)") + " "
            + TerminalText.visible(message) + "\n"
    }

    private func excerpt(at location: SourceLocation, source: SourceText?) -> String {
        // Only a window of the line around the column is looked at: a line may be megabytes long.
        guard let source, source.path == location.file,
              let window = source.window(line: location.line, column: location.column, width: excerptWidth) else { return "" }
        var scalars = Array(window.text.unicodeScalars)
        let prefix = window.firstColumn > 1 ? "…" : ""
        let suffix = window.firstColumn - 1 + scalars.count < window.lineLength ? "…" : ""
        let caret = max(0, location.column - window.firstColumn) + (prefix.isEmpty ? 0 : 1)
        // Control and bidi characters would act on the terminal (a bell, a cursor move, reversed text):
        // show each as one placeholder, which keeps the caret under its column.
        scalars = scalars.map { TerminalText.isUnsafe($0) ? "\u{FFFD}" : $0 }
        let shown = prefix + String(String.UnicodeScalarView(scalars)) + suffix
        let visible = Array(shown.unicodeScalars)
        let pad = String(String.UnicodeScalarView(visible.prefix(caret).map { $0 == "\t" ? "\t" : " " }))
        let gutter = String(location.line)
        let blank = String(repeating: " ", count: max(5, gutter.count))
        let number = String(repeating: " ", count: max(0, 5 - gutter.count)) + gutter
        return paint(number + " |", "34") + " " + shown + "\n"
            + paint(blank + " |", "34") + " " + pad + paint("^", "1;32") + "\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
