import ActionPlan
import Foundation
import Testing

/// Issue 24: the third round of hostile input — writes over inputs, work bounded by the input,
/// escapers that know their reader, local-plan paths as data, invisible line breaks, identities.
/// Each test has a fixture (or builds its input) and a bound on its time. The shared-folder case
/// runs as two real users in scripts/check-shared-folder.sh (.ci/run); LibreOffice opens the CSV
/// both ways in scripts/check-spreadsheet.sh.
@Suite("Hostile input, third round")
struct HostileRoundThreeTests {
    private func timed<T>(_ work: () throws -> T) rethrows -> (T, Duration) {
        var result: T?
        let elapsed = try ContinuousClock().measure { result = try work() }
        return (result!, elapsed)
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func copyFixture(_ name: String, to folder: URL, as target: String) throws {
        try FileManager.default.copyItem(at: TestSupport.fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(target))
    }

    // MARK: 2. Never write over an input

    @Test("report and calendar never write onto the plan, its progress file or a link to them (exit 64)", arguments: [
        ["report", "plan.yaml", "--as-of", "2025-01-01", "--output", "plan.progress.yaml"],
        ["report", "plan.yaml", "--as-of", "2025-01-01", "--output", "./plan.yaml"],
        ["report", "plan.yaml", "--as-of", "2025-01-01", "--output", "link.yaml"],
        ["calendar", "plan.yaml", "--output", "plan.yaml"],
        ["calendar", "plan.yaml", "--output", "plan.progress.yaml"],
    ])
    func neverOntoAnInput(_ arguments: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try copyFixture("progress/plan.yaml", to: folder, as: "plan.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: "plan.yaml")
        let history = "- {action: \"1.1\", date: 2024-05-01, status: started}\n"
        try Data(history.utf8).write(to: folder.appendingPathComponent("plan.progress.yaml"))
        let plan = try Data(contentsOf: folder.appendingPathComponent("plan.yaml"))
        let result = try TestSupport.runPlan(arguments, currentDirectory: folder)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("schrijft nooit over haar invoer"), "in the plan's language")
        #expect(try Data(contentsOf: folder.appendingPathComponent("plan.yaml")) == plan)
        #expect(try String(contentsOf: folder.appendingPathComponent("plan.progress.yaml"), encoding: .utf8) == history)
    }

    @Test("log still appends to the progress file it reads; a report beside it is written")
    func updatingIsAllowed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try copyFixture("progress/plan.yaml", to: folder, as: "plan.yaml")
        let log = try TestSupport.runPlan(["log", "plan.yaml", "1.1", "--note", "x", "--date", "2025-01-01"], currentDirectory: folder)
        #expect(log.status == 0, "\(log.stderr)")
        let again = try TestSupport.runPlan(["log", "plan.yaml", "1.1", "--note", "y", "--date", "2025-01-02"], currentDirectory: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let report = try TestSupport.runPlan(["report", "plan.yaml", "--as-of", "2025-03-01", "--output", "report.html"], currentDirectory: folder)
        #expect(report.status == 0, "\(report.stderr)")
    }

    // MARK: 3. Work bounded by the input

    @Test("a plan period of 1,100 years is refused at once; 25 years is the longest")
    func periodLimit() throws {
        let (loaded, elapsed) = timed { try? TestSupport.loadFixture("invalid/period-too-long.yaml") }
        #expect(elapsed < .seconds(2))
        #expect(loaded?.plan == nil)
        #expect(loaded?.diagnostics.first?.message.contains("at most 25 years") == true)
        #expect(LoadLimits.maximumPeriodYears == 25)
    }

    @Test("200 yearly actions over the longest period, as-of far after it: every answer within seconds (debug build)")
    func longestPeriodIsBounded() throws {
        var text = "plan: {id: lang, title: Lang, region: Ergens, period: 2001-2025, language: nl}\norganisations:\n  VAR: {name: Platform}\n"
        text += "themes:\n  - id: \"1\"\n    title: Alles\n    actions:\n"
        for n in 1...200 { text += "      - {id: \"1.\(n)\", title: Actie \(n), planning: Jaarlijks, owners: [VAR]}\n" }
        let loaded = PlanLoader.load(bytes: Array(text.utf8), path: "lang.yaml")
        let plan = try #require(loaded.plan)
        #expect(loaded.isValid)
        let asOf = CalendarDate(iso: "9999-12-31")!
        let tracked = [TrackedPlan(plan: plan)]
        let (_, elapsed) = try timed {
            _ = OverdueQuery(asOf: asOf).run(tracked)
            _ = try WorkloadQuery(asOf: asOf).run(tracked)
            _ = StatusQuery(asOf: asOf).run(tracked)
            _ = PlanCalendar(language: .nl).events([plan])
            let report = try ReportData(tracked: tracked[0], asOf: asOf, since: asOf.adding(months: -12), language: .nl)
            _ = MarkdownReport.render(report)
        }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }

    @Test("milestones are linear: 5,000 actions named by one milestone, and 5,000 unknown ids, validate in seconds")
    func milestonesLinear() {
        let ids = (1...5_000).map { "1.1.\($0)" }
        var text = "plan: {id: m, title: M, region: R, period: 2024-2026, language: nl}\norganisations:\n  VAR: {name: Platform}\n"
        text += "themes:\n  - id: \"1\"\n    title: T\n    activities:\n      - id: \"1.1\"\n        title: A\n        milestones:\n"
        text += "          - {planning: Q2 2025, title: Af, actions: [" + ids.map { "\"\($0)\"" }.joined(separator: ", ") + "]}\n"
        text += "        actions:\n" + ids.map { "          - {id: \"\($0)\", title: X, owners: [VAR]}\n" }.joined()
        // And as many unknown ids: their hints are searched only for the problems shown.
        text += "      - id: \"1.2\"\n        title: B\n        milestones:\n"
        text += "          - {planning: Q2 2025, title: Af, actions: [" + ids.map { "\"x\($0)\"" }.joined(separator: ", ") + "]}\n"
        text += "        actions:\n          - {id: \"1.2.1\", title: X, planning: Q2 2025, owners: [VAR]}\n"
        let (loaded, elapsed) = timed { PlanLoader.load(bytes: Array(text.utf8), path: "m.yaml") }
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        #expect(loaded.plan?.actions.first?.schedule.text == "Q2 2025")
        #expect(loaded.diagnostics.count == LoadLimits.maximumDiagnosticsPerFile + 1)
    }

    /// The line is 0.75 MB for `swift test` (loading it dominates the test in a debug build), 3 MB with
    /// ACTIONPLAN_FULL_TESTS=1; rendering the whole line 200 times would be 150 MB of text either way.
    @Test("200 problems on one 3 MB line (0.75 MB by default): rendered from a window around each column, not the whole line")
    func excerptWindow() throws {
        let actions = TestSupport.fullRuns ? 40_000 : 10_000
        var parts: [String] = []
        for n in 1...actions { parts.append("{id: \"1.\(n)\", title: Actie, planning: Q2 2025, owners: [VAR], \(n % (actions / 200) == 0 ? "onbekend" : "notes"): x}") }
        let text = "{plan: {id: een, title: Een, region: R, period: 2024-2026, language: nl}, organisations: {VAR: {name: P}}, themes: [{id: \"1\", title: T, actions: [" + parts.joined(separator: ", ") + "]}]}\n"
        let loaded = PlanLoader.load(bytes: Array(text.utf8), path: "line.yaml")
        #expect(loaded.diagnostics.count == 200)
        let renderer = DiagnosticRenderer()
        let (rendered, elapsed) = timed { loaded.diagnostics.map { renderer.render($0, source: loaded.source) }.joined() }
        #expect(elapsed < .seconds(3), "took \(elapsed)")
        #expect(rendered.count < 200 * 500)
        #expect(rendered.contains("onbekend"))
        // The caret stands under the key in each excerpt.
        let lines = rendered.split(separator: "\n")
        if let quoted = lines.firstIndex(where: { $0.contains("| …") }), quoted + 1 < lines.count {
            let source = lines[quoted], caret = lines[quoted + 1]
            let column = caret.distance(from: caret.startIndex, to: caret.firstIndex(of: "^")!)
            #expect(source.dropFirst(column).hasPrefix("onbekend"), "\(source)\n\(caret)")
        }
    }

    @Test("a chain of 1,000 local plans each extending the previous one: a diagnostic, never a crash")
    func extendsChain() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try copyFixture("local/regional.yaml", to: folder, as: "plan-0000.yaml")
        for n in 1...1_000 {
            let text = "plan: {id: lokaal-\(n), title: Lokaal \(n), region: Gemeente \(n)}\nextends:\n  plan: plan-\(String(format: "%04d", n - 1)).yaml\nadopt:\n  all: true\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "plan-%04d.yaml", n)))
        }
        let (loaded, elapsed) = timed { PlanLoader.load(path: folder.appendingPathComponent("plan-1000.yaml").path) }
        #expect(elapsed < .seconds(5))
        #expect(loaded.plan == nil)
        #expect(loaded.diagnostics.first?.message.contains("at most 2 steps") == true)
        #expect(PlanLoader.load(path: folder.appendingPathComponent("plan-0002.yaml").path).isValid)
    }

    // MARK: 4, 5, 10. Escapers that know their reader

    @Test("Markdown: attributes, spans, footnotes, citations, raw code, emoji, bare links and block starts stay text")
    func markdownEscapes() {
        #expect(MarkdownText.escaped("Thema {#kop .x onmouseover=alert(1)}") == "Thema \\{#kop .x onmouseover=alert(1)\\}")
        #expect(MarkdownText.escaped("[x]{.hidden} ^[n] [^1] @doe") == "\\[x\\]\\{.hidden\\} \\^\\[n\\] \\[\\^1\\] \\@doe")
        #expect(MarkdownText.escaped("`x`{=html} :smile: https://e.example www.e.example") == "\\`x\\`\\{=html\\} \\:smile: https\\://e.example www\\.e.example")
        #expect(MarkdownText.escaped("1. a\n: b\n::: c\n% d\na) e\n(@) f", lineBreak: "\n") == "1\\. a\n\\: b\n\\:\\:: c\n\\% d\na\\) e\n\\(\\@) f")
        // Words that end a sentence are not list numbers.
        #expect(MarkdownText.escaped("hogescholen.") == "hogescholen.")
        #expect(MarkdownText.escaped("Bedrag: € 5") == "Bedrag: € 5")
    }

    private static let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("through real pandoc (markdown and gfm) the report has no element or attribute from the plan",
          .enabled(if: pandoc != nil, "pandoc is not installed (apt-get install pandoc); CI installs it"), ExternalTools.needed("pandoc"),
          arguments: ["markdown", "gfm"])
    func pandocHTML(_ reader: String) throws {
        let report = try TestSupport.runPlan(["report", "Tests/ActionPlanTests/Fixtures/hostile/pandoc-syntax.yaml", "--as-of", "2025-01-01", "--format", "markdown"])
        #expect(report.status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.pandoc!)
        process.arguments = ["-f", reader, "-t", "html"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(report.stdout.utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Every element is one the report's own Markdown makes; every attribute is pandoc's own
        // (heading ids pandoc makes from the text: letters, digits, '-', '_' and '.'; table row classes).
        let tags = html.matches(of: /<([a-zA-Z0-9]+)([^>]*)>/)
        let allowed: Set<String> = ["h1", "h2", "h3", "h4", "p", "ul", "li", "strong", "em", "table", "thead", "tbody", "tr", "th", "td",
                                    "colgroup", "col", "br", "del", "blockquote", "hr"]
        for tag in tags {
            #expect(allowed.contains(String(tag.1).lowercased()), "element <\(tag.1)> from \(reader)")
            for attribute in String(tag.2).matches(of: /([a-zA-Z-]+)="([^"]*)"/) {
                let (name, value) = (String(attribute.1), String(attribute.2))
                let own = (name == "id" && value.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) })
                    || (name == "class" && ["odd", "even", "header"].contains(value))
                    || (name == "style" && (value.hasPrefix("width:") || value.hasPrefix("text-align:")))
                #expect(own, "attribute \(name)=\"\(value)\" on <\(tag.1)> from \(reader)")
            }
        }
        #expect(!html.contains("<script"))
        #expect(html.contains("onmouseover=alert(1)"), "the attribute text is shown as text")
    }

    @Test("CSV: a formula after the other delimiter is neutralised; a dash that ends its piece is left alone")
    func csvAcrossDelimiters() {
        let comma = CSVRenderer(delimiter: ",")
        #expect(comma.field("Melding;=cmd|' /C calc'!A0") == "Melding;'=cmd|' /C calc'!A0")
        #expect(comma.field("a; +1+cmd") == "a; '+1+cmd")
        #expect(comma.field("Samen;\"@SUM(1)") == "\"Samen;\"\"'@SUM(1)\"")
        #expect(comma.field("€ 2.500,- per jaar; -") == "\"€ 2.500,'- per jaar; -\"")
        #expect(comma.field("€ 2.500,-") == "\"€ 2.500,-\"")
        // A sign followed by spaces and more text is still a formula: `=- cmd|' /C calc'!A0` (round 2 of issue 24).
        #expect(comma.field("Notitie, - cmd|' /C calc'!A0") == "\"Notitie, '- cmd|' /C calc'!A0\"")
        #expect(comma.field("=1+1") == "'=1+1")
        #expect(comma.field("-2") == "'-2")
        #expect(comma.field("3", numeric: true) == "3")
    }

    @Test("HTML and iCalendar show bidi and control characters visibly, as the terminal does")
    func bidiVisible() {
        #expect(HTMLText.escape("000.001 \u{202E}€") == "000.001 \\u{202E}€")
        #expect(ICalendarWriter.escape("000.001 \u{202E}€") == "000.001 \\\\u{202E}€")
        #expect(ICalendarWriter.escape("x\u{1B}[31my\u{7}") == "x\\\\u{1B}[31my\\\\u{7}")
    }

    // MARK: 9. Identities

    @Test("calendar UIDs are injective: ids that differ only in characters a UID cannot hold get different UIDs")
    func injectiveUIDs() throws {
        var text = "plan: {id: uids, title: U, region: R, period: 2024-2026, language: nl}\norganisations:\n  VAR: {name: P}\n"
        text += "themes:\n  - id: \"1\"\n    title: T\n    actions:\n"
        for id in ["1 2", "1_2", "1é2", "1/2", "1%2", "1.2"] { text += "      - {id: \"\(id)\", title: X, planning: Q2 2025, owners: [VAR]}\n" }
        let loaded = PlanLoader.load(bytes: Array(text.utf8), path: "uids.yaml")
        let plan = try #require(loaded.plan)
        let uids = PlanCalendar(language: .nl).events([plan]).map(\.uid)
        #expect(uids.count == 6)
        #expect(Set(uids).count == 6, "\(uids)")
        #expect(uids.allSatisfy { $0.allSatisfy(\.isASCII) })
    }

    @Test("two plan files with one id in a folder: an error naming both; a non-UTF-8 file name reported")
    func identities() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try copyFixture("progress/plan.yaml", to: folder, as: "a.yaml")
        try copyFixture("progress/plan.yaml", to: folder, as: "b.yaml")
        // A name with the byte 0xE9 (Latin-1 'é'), which is not UTF-8.
        let bytes = Array((folder.path + "/caf").utf8) + [0xE9] + Array(".yaml".utf8) + [0]
        let source = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("progress/plan.yaml"))
        bytes.withUnsafeBufferPointer { name in
            let descriptor = open(UnsafeRawPointer(name.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
            _ = source.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        let result = try TestSupport.runPlan(["validate", "."], currentDirectory: folder)
        #expect(result.status == 1)
        let shown = (result.stdout + result.stderr).replacingOccurrences(of: folder.path, with: "FOLDER")
        try TestSupport.assertGolden(shown, "files/identities-validate.nl.txt")
        let english = try TestSupport.runPlan(["validate", ".", "--lang", "en"], currentDirectory: folder)
        try TestSupport.assertGolden((english.stdout + english.stderr).replacingOccurrences(of: folder.path, with: "FOLDER"),
                                     "files/identities-validate.txt")
        let overdue = try TestSupport.runPlan(["overdue", "a.yaml", "b.yaml", "--as-of", "2025-01-01"], currentDirectory: folder)
        #expect(overdue.status == 1)
        #expect(overdue.stderr.contains("en 'a.yaml' ook"))
    }
}
