import ActionPlan
import Foundation
import Testing

/// Text from other organisations' files never acts on a terminal, a spreadsheet or a Markdown
/// reader: escape sequences, controls and bidi overrides are shown, HTML and links are escaped.
@Suite("Terminal, CSV and Markdown injection")
struct InjectionTests {
    private static let plan = "Tests/ActionPlanTests/Fixtures/hostile/injection.yaml"

    /// What must never reach a terminal raw.
    private static func hasUnsafeScalar(_ text: String, allowingNewlines: Bool = true) -> Bool {
        text.unicodeScalars.contains { TerminalText.isUnsafe($0, keepingNewlines: allowingNewlines) }
    }

    @Test("terminal outputs show every control and bidi character visibly", arguments: [
        (["show", plan, "1.1", "--as-of", "2025-01-01"], "show.txt"),
        (["list", plan, "--as-of", "2025-01-01"], "list.txt"),
        (["workload", plan, "--as-of", "2025-01-01", "--wide"], "workload.txt"),
        (["overdue", plan, "--as-of", "2025-01-01"], "overdue.txt"),
    ])
    func terminal(_ arguments: [String], _ golden: String) throws {
        let result = try TestSupport.runPlan(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!Self.hasUnsafeScalar(result.stdout))
        #expect(result.stdout.contains("\\u{"))
        try TestSupport.assertGolden(result.stdout, "injection/\(golden)")
    }

    @Test("a diagnostic quoting an owner with escape sequences shows them visibly")
    func diagnostic() throws {
        let result = try TestSupport.runPlan(["validate", "Tests/ActionPlanTests/Fixtures/hostile/injection-unknown-owner.yaml"])
        #expect(result.status == 1)
        #expect(!Self.hasUnsafeScalar(result.stdout))
        try TestSupport.assertGolden(result.stdout, "injection/validate-unknown-owner.txt")
    }

    @Test("CSV: controls shown visibly, the formula guard kept")
    func csv() throws {
        let result = try TestSupport.runPlan(["list", Self.plan, "--as-of", "2025-01-01", "--format", "csv"])
        #expect(result.status == 0)
        // CSV ends its lines with CRLF; no other carriage return or control may appear.
        #expect(!Self.hasUnsafeScalar(result.stdout.replacingOccurrences(of: "\r\n", with: "\n")))
        #expect(result.stdout.contains(",'=1+1 |"))
        try TestSupport.assertGolden(result.stdout, "injection/list.csv")
    }

    @Test("Markdown table and report: no raw HTML, links or images from the plan", arguments: [
        (["list", plan, "--as-of", "2025-01-01", "--format", "markdown"], "list.md"),
        (["report", plan, "--as-of", "2025-01-01", "--format", "markdown"], "report.md"),
    ])
    func markdown(_ arguments: [String], _ golden: String) throws {
        let result = try TestSupport.runPlan(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        // What is left once every backslash-escaped character is taken out is what Markdown acts on.
        let unescaped = result.stdout.replacingOccurrences(of: #"\\."#, with: "", options: .regularExpression)
        for raw in ["<script", "<img", "<a ", "<b>", "](javascript", "![](", "[klik](", "\u{1B}", "\u{202E}"] {
            #expect(!unescaped.contains(raw), "raw \(raw)")
        }
        try TestSupport.assertGolden(result.stdout, "injection/\(golden)")
    }

    // MARK: - The sanitisers, over random strings

    /// Random text of controls, bidi characters, Markdown and HTML syntax, and letters.
    private static func randomText(_ generator: inout SeededGenerator) -> String {
        let pieces: [String] = [
            "\u{1B}", "\u{1B}[2J", "\u{1B}]52;c;eA==\u{7}", "\u{1B}]8;;https://x\u{1B}\\", "\u{7}", "\u{9B}", "\u{85}", "\r", "\n", "\t", "\u{0}",
            "\u{7F}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{61C}", "\u{2028}", "<", ">", "&", "<script>",
            "[", "]", "(", ")", "!", "![", "](", "javascript:", "`", "*", "_", "|", "#", "~", "$", "\\", "-", "+", "=", "@", "a", "é", " ", "€ 5",
        ]
        return (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("terminal text never holds a raw control or bidi character", arguments: 1...200)
    func terminalProperty(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let text = Self.randomText(&generator)
        #expect(!Self.hasUnsafeScalar(TerminalText.visible(text), allowingNewlines: false))
        #expect(!Self.hasUnsafeScalar(TerminalText.visible(text, keepingNewlines: true)))
        let table = TableRenderer(width: 60).render(Tabular(title: text, columns: [.init(text), .init("x", flexible: true)],
                                                            rows: [.init([text, text])], notes: [text]))
        #expect(!Self.hasUnsafeScalar(table))
    }

    @Test("Markdown text never holds raw HTML, a link or an image", arguments: 1...200)
    func markdownProperty(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let text = Self.randomText(&generator)
        let escaped = MarkdownText.escaped(text)
        #expect(!escaped.contains(">") || !escaped.replacingOccurrences(of: "<br>", with: "").contains(">"))
        #expect(!escaped.replacingOccurrences(of: "<br>", with: "").contains("<"))
        #expect(!Self.hasUnsafeScalar(escaped, allowingNewlines: false))
        // Every '[', ']', '!' and '`' is escaped, so no link, image or code span can start.
        let scalars = Array(escaped.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            #expect(!["[", "]", "!", "`", "*", "_", "|"].contains(scalars[index]), "unescaped \(scalars[index]) in \(escaped)")
            index += 1
        }
    }

    @Test("CSV fields never hold a raw control or bidi character, and never start a formula", arguments: 1...200)
    func csvProperty(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let text = Self.randomText(&generator)
        let field = CSVRenderer().field(text)
        #expect(!Self.hasUnsafeScalar(field))
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst()) : field
        #expect(!["=", "+", "-", "@", "\t"].contains(unquoted.unicodeScalars.first ?? "a"))
    }
}
