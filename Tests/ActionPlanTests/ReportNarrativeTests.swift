import ActionPlan
import Foundation
import Testing

/// The adviser's text of a report (docs/report.md): the skeleton, reading it back, every piece in its
/// place in HTML, Markdown and Word, and problems at their line.
@Suite("The adviser's text of a report")
struct ReportNarrativeTests {
    static let asOf = CalendarDate(iso: "2025-03-01")!

    static func data(narrative: ReportNarrative = ReportNarrative()) throws -> ReportData {
        try ReportData(tracked: try ReportTests.rotterdamWithExample(), asOf: asOf, since: asOf.adding(months: -12), language: .nl,
                       narrative: narrative)
    }

    /// The skeleton with a distinct sentence under every heading, and the sentence per heading.
    static func filledTemplate() throws -> (text: String, sentences: [String: String]) {
        let template = ReportNarrativeTemplate.render(try data())
        var sentences: [String: String] = [:]
        var out = ""
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            out += line + "\n"
            guard line.hasPrefix("#") else { continue }
            let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            let key = heading.components(separatedBy: " — ")[0]
            let sentence = "Zin \(sentences.count + 1) bij \(key), <b>niet vet</b> & [geen](link.md)."
            sentences[key] = sentence
            out += "\n\(sentence)\n"
        }
        return (out, sentences)
    }

    @Test("the skeleton names the fixed parts, every theme, and under each theme its late and replanned actions")
    func template() throws {
        let data = try Self.data()
        let template = ReportNarrativeTemplate.render(data)
        for heading in ["# Kernboodschap", "# Inleiding", "# Gevraagd besluit"] { #expect(template.contains("\n\(heading)\n")) }
        for theme in data.plan.themes { #expect(template.contains("\n# Thema \(theme.id) — ")) }
        let late = data.lines.filter { $0.standing == .late || ($0.replan != nil && $0.standing != .done && $0.standing != .dropped) }
            .map(\.action.id)
        #expect(!late.isEmpty)
        for id in late { #expect(template.contains("\n## Actie \(id) — ")) }
        #expect(template.components(separatedBy: "\n## Actie ").count - 1 == late.count, "only the late and replanned actions")
        // Read back as it is, the skeleton is no problem and says nothing.
        let read = ReportNarrativeReader.read(template, path: "t.md", plan: data.plan)
        #expect(read.diagnostics.isEmpty)
        #expect(read.narrative.isEmpty)
    }

    @Test("a filled skeleton: every sentence in its place in HTML, Markdown and Word, escaped")
    func everySentenceInPlace() throws {
        let (text, sentences) = try Self.filledTemplate()
        let plan = try Self.data().plan
        let read = ReportNarrativeReader.read(text, path: "t.md", plan: plan)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let narrative = read.narrative
        #expect(narrative.keyMessage == [.paragraph(sentences["Kernboodschap"]!)])
        #expect(narrative.introduction == [.paragraph(sentences["Inleiding"]!)])
        #expect(narrative.decision == [.paragraph(sentences["Gevraagd besluit"]!)])
        #expect(narrative.themes.count == plan.themes.count)
        let data = try Self.data(narrative: narrative)
        let lateIDs = data.lines.filter { $0.standing == .late }.map(\.action.id)
        #expect(narrative.actions.count == lateIDs.count)

        let html = HTMLReport.render(data)
        func htmlText(_ sentence: String) -> String { HTMLText.escape(sentence) }
        #expect(!html.contains("<b>niet vet</b>"), "the adviser's text is escaped")
        func section(_ id: String) -> Substring {
            let start = html.range(of: "<section id=\"\(id)\">")!.upperBound
            return html[start..<html[start...].range(of: "</section>")!.lowerBound]
        }
        let summary = section("samenvatting")
        for key in ["Kernboodschap", "Inleiding", "Gevraagd besluit"] {
            #expect(summary.contains(htmlText(sentences[key]!)), "\(key) in the summary")
        }
        #expect(summary.range(of: htmlText(sentences["Kernboodschap"]!))!.lowerBound < summary.range(of: "Van de 47 acties")!.lowerBound)
        #expect(summary.range(of: htmlText(sentences["Gevraagd besluit"]!))!.lowerBound > summary.range(of: "</table>")!.lowerBound)
        let perTheme = section("per-thema")
        for theme in plan.themes {
            let sentence = htmlText(sentences["Thema \(theme.id)"]!)
            let heading = try #require(perTheme.range(of: "<h3>\(theme.id) \(HTMLText.escape(theme.title))</h3>\n<p>\(sentence)</p>"),
                                       "theme \(theme.id)'s narrative right under its heading")
            #expect(!heading.isEmpty)
        }
        let appendix = section("bijlage")
        for id in lateIDs {
            let sentence = htmlText(sentences["Actie \(id)"]!)
            let row = appendix.components(separatedBy: "<tr").first { $0.contains("<td>\(id) ") }
            #expect(row?.contains(sentence) == true, "action \(id)'s explanation in its appendix row")
        }

        let markdown = MarkdownReport.render(data)
        func mdText(_ sentence: String) -> String { MarkdownText.escaped(sentence, lineBreak: " ") }
        for (key, sentence) in sentences {
            #expect(markdown.contains(mdText(sentence)), "\(key) in the Markdown")
        }
        for theme in plan.themes {
            #expect(markdown.contains("### \(theme.id) \(MarkdownText.escaped(theme.title, lineBreak: " "))\n\n\(mdText(sentences["Thema \(theme.id)"]!))\n"))
        }
        for id in lateIDs {
            // The appendix is the last section: the action's last row.
            let row = markdown.split(separator: "\n").last {
                $0.hasPrefix("| \(id) ") || $0.hasPrefix("| **\(id) ")
            }
            #expect(row?.contains(mdText(sentences["Actie \(id)"]!)) == true, "action \(id)'s explanation in its appendix row")
        }
    }

    @Test("a filled skeleton in Word: every sentence, the explanations in their action's row",
          ExternalTools.needed("pandoc", "rsvg-convert"))
    func everySentenceInWord() throws {
        let (text, sentences) = try Self.filledTemplate()
        let plan = try Self.data().plan
        let narrative = ReportNarrativeReader.read(text, path: "t.md", plan: plan).narrative
        let package = try WordReportTests.render(try ReportTests.rotterdamWithExample(), asOf: Self.asOf, narrative: narrative)
        func xml(_ sentence: String) -> String { HTMLText.escape(sentence).replacingOccurrences(of: "&#39;", with: "'") }
        for (key, sentence) in sentences {
            let plainText = package.document.replacingOccurrences(of: "</w:t></w:r><w:r><w:t xml:space=\"preserve\">", with: "")
            #expect(plainText.contains(xml(sentence).replacingOccurrences(of: "&quot;", with: "\"")) || plainText.contains(xml(sentence)),
                    "\(key) in the Word document")
        }
        for (key, sentence) in sentences where key.hasPrefix("Actie ") {
            let id = String(key.dropFirst("Actie ".count))
            let rows = package.document.components(separatedBy: "<w:tr>").map { $0.components(separatedBy: "</w:tr>")[0] }
            let row = rows.first { $0.contains(">\(id) ") && $0.contains("Zin ") }
            #expect(row?.contains(String(xml(sentence).prefix(12))) == true, "\(key)'s explanation in its row")
        }
    }

    @Test("unknown headings, theme and action ids, and repeated parts are errors at their line", arguments: ["problems"])
    func problems(_ name: String) throws {
        let plan = try Self.data().plan
        let path = "report-text/\(name).md"
        let text = try String(contentsOf: TestSupport.fixtures.appendingPathComponent(path), encoding: .utf8)
        let read = ReportNarrativeReader.read(text, path: path, plan: plan)
        #expect(!read.diagnostics.isEmpty)
        let renderer = DiagnosticRenderer(colours: false)
        try TestSupport.assertGolden(read.diagnostics.map { renderer.render($0, source: read.source) }.joined(separator: "\n"),
                                     "report-text/\(name).txt")
        // What is right is still read.
        #expect(read.narrative.themes["1"] != nil)
    }

    @Test("plan report --text with a problem writes no report and exits 1; --text-template never overwrites")
    func commandLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = TestSupport.shippedPlan("rotterdam-2024-2026.yaml")
        let example = TestSupport.packageRoot.appendingPathComponent("examples/rotterdam-2024-2026.voorbeeld.progress.yaml").path
        let skeleton = folder.appendingPathComponent("rotterdam-2024-2026.verslag-2025.md").path
        let made = try TestSupport.runPlan(["report", plan, "--progress", example, "--as-of", "2025-03-01", "--text-template", skeleton])
        #expect(made.status == 0, "\(made.stderr)")
        let again = try TestSupport.runPlan(["report", plan, "--progress", example, "--as-of", "2025-03-01", "--text-template", skeleton])
        // A file that exists is a usage problem, as for every writer (Open.write): exit 64, nothing written.
        #expect(again.status == 64 && again.stderr.contains("bestaat al"), "the adviser's text is never overwritten: \(again.stderr)")
        try (try String(contentsOfFile: skeleton, encoding: .utf8) + "\n# Thema 9\n\nTekst.\n").write(toFile: skeleton, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("r.html").path
        let bad = try TestSupport.runPlan(["report", plan, "--progress", example, "--as-of", "2025-03-01", "--text", skeleton, "--output", output])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("rotterdam-2024-2026.verslag-2025.md:") && bad.stderr.contains("error[AP902]: het plan heeft geen thema '9'"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let backwards = try TestSupport.runPlan(["report", plan, "--as-of", "2025-03-01", "--since", "2025-06-01"])
        #expect(backwards.status == 64 && backwards.stderr.contains("Fout: --since 2025-06-01 ligt na de peildatum 2025-03-01"), "in the plan's language: \(backwards.stderr)")
        let english = try TestSupport.runPlan(["report", plan, "--as-of", "2025-03-01", "--since", "2025-06-01", "--lang", "en"])
        #expect(english.status == 64 && english.stderr.contains("Error: --since 2025-06-01 is after the as-of date 2025-03-01"))
    }
}

@Suite("The adviser's text is text")
struct ReportNarrativeSafetyTests {
    static let hostile = """
        # Kernboodschap

        ::: {custom-style="Title"}

        ```{=openxml}

        <w:p><w:r><w:t>INJECTED</w:t></w:r></w:p>

        ```

        ![geheim](/etc/passwd) <script>alert(1)</script> [link](file:///etc/hostname) <http://example.org/x>

        2025. Een jaartal vooraan.

        1) Een lijst?

        : een definitie

        :::

        # Thema 1

        - `code` *nadruk* $x$ \\newpage
        """

    @Test("HTML, Markdown and Word show the adviser's markup as typed: no raw blocks, fences, images or links")
    func escaped() throws {
        let plan = try ReportNarrativeTests.data().plan
        let read = ReportNarrativeReader.read(Self.hostile, path: "h.md", plan: plan)
        #expect(read.diagnostics.isEmpty)
        let data = try ReportNarrativeTests.data(narrative: read.narrative)
        let html = HTMLReport.render(data)
        #expect(!html.contains("<script>alert") && !html.contains("<w:p>") && html.contains("&lt;script&gt;"))
        let markdown = MarkdownReport.render(data)
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix(":::") && !line.hasPrefix("```") && !line.hasPrefix("2025.") && !line.hasPrefix(": "), "\(line)")
        }
        #expect(!markdown.contains("![") && !markdown.contains("<script") && !markdown.contains("<http"))
    }

    @Test("in Word the markup stays text", ExternalTools.needed("pandoc", "rsvg-convert"))
    func word() throws {
        let plan = try ReportNarrativeTests.data().plan
        let narrative = ReportNarrativeReader.read(Self.hostile, path: "h.md", plan: plan).narrative
        let package = try WordReportTests.render(try ReportTests.rotterdamWithExample(), asOf: ReportNarrativeTests.asOf, narrative: narrative)
        #expect(!package.document.contains("<w:t>INJECTED</w:t>"), "no raw OpenXML from the text")
        #expect(package.document.contains("INJECTED"), "shown as text")
        #expect(package.document.contains("2025. Een jaartal vooraan."), "a number at the start of a paragraph is no list")
        #expect(package.paragraphs(style: "Title").count == 1, "no fenced div from the text")
        #expect(package.names.filter { $0.hasPrefix("word/media/") }.count == 4, "only the report's own charts")
        #expect(!package.document.contains("w:hyperlink"), "no links")
    }
}
