import ActionPlan
import Foundation
import Testing

/// The progress report as a Word document, made by pandoc: a valid package, headings as Word
/// headings, tables with widths that fit their content and repeating headers, the charts as
/// images, A4 with page numbers. These tests need pandoc and rsvg-convert: skipped, naming the
/// missing tool, when either is not on PATH; `.ci/run` installs both and sets
/// `ACTIONPLAN_REQUIRE_TOOLS=1`, which makes them run (and fail) there regardless.
@Suite("Progress report in Word", ExternalTools.needed("pandoc", "rsvg-convert"))
struct WordReportTests {
    static let asOf = CalendarDate(iso: "2025-03-01")!

    /// The parts of a docx package, read with Python's zipfile (Foundation on Linux reads no zip).
    struct Package {
        var names: [String]
        var document: String
        var styles: String
        var footer: String
        var core: String
        var numbering: String
        /// Each chart's PNG fallback: its resolution on the page, in pixels per inch.
        var chartDPI: [Double]

        init(_ docx: Data) throws {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-\(UUID().uuidString).docx")
            try docx.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let script = """
                import json, sys, zipfile
                z = zipfile.ZipFile(sys.argv[1])
                assert z.testzip() is None, "damaged member"
                read = lambda n: z.read(n).decode("utf-8") if n in z.namelist() else ""
                import re, struct
                document = read("word/document.xml")
                rels = dict(re.findall(r'Id="([^"]+)" Target="([^"]+)"', read("word/_rels/document.xml.rels")))
                rels.update({i: t for t, i in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', read("word/_rels/document.xml.rels"))})
                dpi = []
                for cx, blip in re.findall(r'<wp:extent cx="([0-9]+)"[^>]*/>.*?<a:blip r:embed="([^"]+)"', document):
                    png = z.read("word/" + rels[blip])
                    dpi.append(str(struct.unpack(">I", png[16:20])[0] / (int(cx) / 914400)))
                print(json.dumps({"names": z.namelist(), "document": document,
                                  "styles": read("word/styles.xml"), "footer": read("word/footer1.xml"),
                                  "core": read("docProps/core.xml"), "numbering": read("word/numbering.xml"), "dpi": dpi}))
                """
            let process = Process()
            // The system's Python when there is one (the script needs its standard library only): a
            // version manager's shim on PATH costs dozens of processes per call.
            let systemPython = "/usr/bin/python3"
            if FileManager.default.isExecutableFile(atPath: systemPython) {
                process.executableURL = URL(fileURLWithPath: systemPython)
                process.arguments = ["-c", script, file.path]
            } else {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["python3", "-c", script, file.path]
            }
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "the docx is not a valid zip package")
            let parts = try JSONDecoder().decode([String: JSONPart].self, from: data)
            names = parts["names"]?.list ?? []
            document = parts["document"]?.text ?? ""
            styles = parts["styles"]?.text ?? ""
            footer = parts["footer"]?.text ?? ""
            core = parts["core"]?.text ?? ""
            numbering = parts["numbering"]?.text ?? ""
            chartDPI = (parts["dpi"]?.list ?? []).compactMap(Double.init)
        }

        enum JSONPart: Decodable {
            case text(String), list([String])
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let list = try? container.decode([String].self) { self = .list(list) } else { self = .text(try container.decode(String.self)) }
            }
            var text: String? { if case .text(let value) = self { value } else { nil } }
            var list: [String]? { if case .list(let value) = self { value } else { nil } }
        }

        /// Every table's grid column widths.
        var tableGrids: [[Int]] {
            document.components(separatedBy: "<w:tblGrid>").dropFirst().map { grid in
                let body = grid.components(separatedBy: "</w:tblGrid>")[0]
                return body.components(separatedBy: "w:w=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            }
        }

        /// The text of the paragraphs in a given style.
        func paragraphs(style: String) -> [String] {
            document.components(separatedBy: "<w:p>").filter { $0.contains("<w:pStyle w:val=\"\(style)\" />") }.map { paragraph in
                paragraph.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
                    .map { $0.components(separatedBy: "</w:t>")[0] }.joined()
            }
        }
    }

    static func render(
        _ tracked: TrackedPlan, asOf: CalendarDate, language: PlanLanguage = .nl, narrative: ReportNarrative = ReportNarrative()
    ) throws -> Package {
        let data = try ReportData(tracked: tracked, asOf: asOf, since: asOf.adding(months: -12), language: language, narrative: narrative)
        let docx = try WordReport.render(data, converter: DocxConverter.locate())
        return try Package(docx)
    }

    @Test("Rotterdam with the example progress: headings, at least 8 tables with fitted widths and repeating headers, charts, A4, page numbers, Dutch")
    func rotterdam() throws {
        let package = try Self.render(try ReportTests.rotterdamWithExample(), asOf: Self.asOf)
        #expect(package.paragraphs(style: "Title") == ["Regionaal Actieplan Mensenhandel Regio Rotterdam 2024-2026"])
        // Section numbers come from Word's numbering of Heading 2, not typed: a section inserted later is numbered too.
        #expect(package.paragraphs(style: "Heading2") == [
            "Samenvatting", "Voortgang per thema", "Aandachtspunten", "Vooruitblik", "Terugkerende verplichtingen",
            "Budget", "Tijdlijn", "Eigenaren", "Bijlage: alle acties",
        ])
        #expect(package.styles.contains("<w:numId w:val=\"9001\" />") && package.numbering.contains("<w:lvlText w:val=\"%1.\" />"))
        // A title page: the page breaks before the first section.
        let pageBreak = try #require(package.document.range(of: "<w:br w:type=\"page\" />"))
        let firstSection = try #require(package.document.range(of: "<w:pStyle w:val=\"Heading2\" />"))
        #expect(pageBreak.lowerBound < firstSection.lowerBound)
        // Rows never split over two pages; headings stay with what follows.
        let rows = package.document.components(separatedBy: "<w:tr>").count - 1
        #expect(rows > 100 && package.document.components(separatedBy: "<w:trPr><w:cantSplit />").count - 1 == rows)
        #expect(!package.document.contains("<w:pStyle w:val=\"Heading2\" /></w:pPr>"), "every heading has keepNext")
        #expect(package.document.contains("<w:pStyle w:val=\"Heading2\" /><w:keepNext />"))
        // Document properties.
        #expect(package.core.contains("<dc:title>Voortgangsrapportage: Regionaal Actieplan Mensenhandel Regio Rotterdam 2024-2026</dc:title>"))
        #expect(package.core.contains("<dc:creator>Regio Rotterdam</dc:creator>") && package.core.contains("<dc:subject>Voortgang per 1 maart 2025"))
        // Charts sharp in print: the PNG beside each SVG at 200 dpi or more.
        #expect(package.chartDPI.count == 2 && package.chartDPI.allSatisfy { $0 >= 200 }, "\(package.chartDPI)")
        // Late rows are bold, as they are red in HTML.
        #expect(package.document.contains("<w:b /></w:rPr><w:t xml:space=\"preserve\">2.1 Overleg Regionale Tafel"))
        #expect(package.paragraphs(style: "Heading3").contains("Zonder voortgang"))
        let grids = package.tableGrids
        let fitted = grids.filter { Set($0).count > 1 }
        #expect(fitted.count >= 8, "tables whose columns are not all the same width: \(fitted.count) of \(grids.count)")
        let tables = package.document.components(separatedBy: "<w:tbl>").count - 1
        #expect(package.document.components(separatedBy: "<w:tblHeader").count - 1 == tables, "every table repeats its header row")
        #expect(package.document.contains("<w:jc w:val=\"right\" />"), "numbers right-aligned")
        let media = package.names.filter { $0.hasPrefix("word/media/") }
        #expect(media.filter { $0.hasSuffix(".svg") }.count == 2, "theme bars and timeline (Rotterdam names no amounts)")
        #expect(media.filter { $0.hasSuffix(".png") }.count == 2, "a PNG beside each SVG")
        #expect(package.document.contains("<w:pgSz w:h=\"16838\" w:w=\"11906\" />") || package.document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        #expect(package.document.contains("<w:footerReference"))
        #expect(package.footer.contains(" PAGE "), "page numbers in the footer")
        #expect(package.styles.contains("w:val=\"nl-NL\""))
        #expect(package.document.contains("31\u{00A0}dec\u{00A0}2024"), "short dates that do not break")
        #expect(!package.document.contains("gemeente-rotterdam"), "names, not registry keys")
    }

    @Test("Zuid-Limburg in English: the budget chart too, language en-US")
    func zuidLimburgInEnglish() throws {
        let plan = try #require(PlanLoader.load(path: TestSupport.shippedPlan("zuid-limburg-2022-2025.yaml")).plan)
        let package = try Self.render(TrackedPlan(plan: plan, progress: PlanProgress(entries: [])), asOf: CalendarDate(iso: "2024-01-01")!, language: .en)
        #expect(package.names.filter { $0.hasPrefix("word/media/") && $0.hasSuffix(".svg") }.count == 3)
        #expect(package.styles.contains("w:val=\"en-US\""))
        #expect(package.paragraphs(style: "Heading2").first == "Summary")
    }

    @Test("text from the plan cannot make pandoc embed a file or fetch an address")
    func noForeignImages() throws {
        let yaml = """
            plan:
              id: img
              title: "![secret](/etc/passwd) and ![remote](http://127.0.0.1:9/x.png)"
              region: R
              period: 2024-2025
              language: en
            organisations:
              a: {name: A}
            themes:
              - id: "1"
                title: "T"
                actions:
                  - id: "1.1"
                    title: "![x](/etc/hostname)"
                    planning: Q1 2024
                    owners: [a]
            """
        let plan = try #require(PlanLoader.load(bytes: Array(yaml.utf8), path: "img.yaml").plan)
        let package = try Self.render(TrackedPlan(plan: plan, progress: PlanProgress(entries: [])), asOf: CalendarDate(iso: "2024-06-01")!, language: .en)
        let media = package.names.filter { $0.hasPrefix("word/media/") }
        #expect(media.filter { $0.hasSuffix(".svg") }.count == 2, "only the report's own charts: \(media)")
        #expect(media.count == 4)
    }

    @Test("plan report --format docx writes the document through the command line")
    func command() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("rapport.docx").path
        let result = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
                                              "--as-of", "2025-03-01", "--format", "docx", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let package = try Package(try Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(package.paragraphs(style: "Heading2").count == 9)
    }
}

/// The Word report's command-line rules, which need no pandoc.
@Suite("Progress report in Word: usage")
struct WordReportUsageTests {
    @Test("without pandoc on PATH the command says so, with the install command, and exits 1")
    func pandocMissing() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--format", "docx", "--output", empty.appendingPathComponent("r.docx").path],
                                             environment: ["PATH": empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'pandoc' was not found on PATH"), "\(result.stderr)")
        #expect(result.stderr.contains("apt install pandoc"))
        #expect(result.stderr.contains("brew install pandoc"))
        #expect(!FileManager.default.fileExists(atPath: empty.appendingPathComponent("r.docx").path))
    }

    @Test("without --format the output file's extension picks it: .docx is Word, .md Markdown, anything else HTML")
    func formatFromOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Without pandoc on PATH a Word report says so: the .docx name chose Word (it wrote HTML under that name before).
        let docx = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--output", folder.appendingPathComponent("r.docx").path],
                                           environment: ["PATH": folder.path])
        #expect(docx.status == 1 && docx.stderr.contains("'pandoc' was not found on PATH"), "\(docx.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.docx").path))
        let markdown = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--output", folder.appendingPathComponent("r.MD").path])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("r.MD"), encoding: .utf8).hasPrefix("# "))
        let html = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--output", folder.appendingPathComponent("r.htm").path])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("r.htm"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        // A format given wins.
        let given = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--format", "html", "--output", folder.appendingPathComponent("k.md").path])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("k.md"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test("a Word report needs --output: usage error 64")
    func needsOutput() throws {
        let result = try TestSupport.runPlan(["report", "plans/rotterdam-2024-2026.yaml", "--format", "docx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output"))
    }

    @Test("the reference document in the binary is Resources/reference.docx, as the script made it")
    func referenceDocument() throws {
        let file = try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Resources/reference.docx"))
        let source = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Sources/ActionPlan/Report/WordReferenceDocument.swift"), encoding: .utf8)
        let base64 = source.components(separatedBy: "\n").filter { $0.hasPrefix("        \"") }
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\",")) }.joined()
        #expect(Data(base64Encoded: base64) == file, "run scripts/make-reference-docx.py")
    }
}
