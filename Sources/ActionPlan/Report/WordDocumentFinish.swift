import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// What pandoc cannot say in a Word document, added to the document it made: table rows that never
/// split across pages, headings and short tables kept with what follows, the title page's page
/// break, section headings numbered by Word itself, and the document's properties (title, subject,
/// author, language).
struct WordDocumentFinish {
    /// The document's properties (File → Properties), as plain text.
    var title: String
    var subject: String
    var author: String
    var language: String
    /// The text of the paragraph that stands for the title page's page break.
    var pageBreakMarker: String

    /// The numbering definition Word numbers section headings (Heading 2) with.
    static let headingNumbering = 9001
    /// A table up to this many rows is kept on one page (with its heading); a longer one keeps its
    /// first rows with the heading.
    static let keptTableRows = 12
    static let keptFirstRows = 3

    /// The resolution of the charts' PNG fallback, against the 96 dpi pandoc draws them at.
    static let chartDPI = 300.0

    /// The finished document; `rasterize` draws an SVG as PNG at a zoom factor (DocxConverter.png).
    func finish(
        _ docx: [UInt8], rasterize: (Data, Double) throws(DocxConverter.Failure) -> Data
    ) throws(DocxConverter.Failure) -> [UInt8] {
        var archive: ZipArchive
        do { archive = try ZipArchive(bytes: docx) } catch { throw .files("pandoc's Word document cannot be read: \(error.description)") }
        guard let document = archive.text("word/document.xml"), let styles = archive.text("word/styles.xml"),
              let core = archive.text("docProps/core.xml") else {
            throw .files("pandoc's Word document lacks its main parts")
        }
        archive["word/document.xml"] = Array(finishDocument(document).utf8)
        archive["word/styles.xml"] = Array(Self.numberedHeadings(styles).utf8)
        archive["word/numbering.xml"] = Array(Self.headingNumberingDefinition(archive.text("word/numbering.xml")).utf8)
        archive["docProps/core.xml"] = Array(properties(core).utf8)
        // Each chart is there twice: the SVG (Word 2016 and later) and a PNG beside it for the rest,
        // which pandoc draws at screen resolution; drawn again at print resolution, same size on the page.
        let relations = Self.imageTargets(archive.text("word/_rels/document.xml.rels") ?? "")
        for (png, svg) in Self.fallbackPairs(document) {
            guard let pngPath = relations[png].map({ "word/" + $0 }), let svgPath = relations[svg].map({ "word/" + $0 }),
                  let svgBytes = archive[svgPath], archive[pngPath] != nil else { continue }
            archive[pngPath] = [UInt8](try rasterize(Data(svgBytes), Self.chartDPI / 96))
        }
        return archive.bytes
    }

    /// The relationship ids of each picture's PNG and its SVG, from `<a:blip r:embed="PNG">…<asvg:svgBlip … r:embed="SVG"`.
    static func fallbackPairs(_ document: String) -> [(png: String, svg: String)] {
        var pairs: [(String, String)] = []
        var rest = Substring(document)
        while let blip = rest.range(of: "<a:blip r:embed=\""), let idEnd = rest[blip.upperBound...].firstIndex(of: "\""),
              let blipEnd = rest[idEnd...].range(of: "</a:blip>") {
            let png = String(rest[blip.upperBound..<idEnd])
            let inside = rest[idEnd..<blipEnd.lowerBound]
            if let svgBlip = inside.range(of: "<asvg:svgBlip"), let embed = inside[svgBlip.upperBound...].range(of: "r:embed=\""),
               let svgEnd = inside[embed.upperBound...].firstIndex(of: "\"") {
                pairs.append((png, String(inside[embed.upperBound..<svgEnd])))
            }
            rest = rest[blipEnd.upperBound...]
        }
        return pairs
    }

    /// The targets of the document's relationships by id (`rId23` → `media/rId23.png`).
    static func imageTargets(_ relations: String) -> [String: String] {
        var targets: [String: String] = [:]
        for element in relations.components(separatedBy: "<Relationship ").dropFirst() {
            func attribute(_ name: String) -> String? {
                guard let start = element.range(of: " \(name)=\"") ?? element.range(of: "\(name)=\""),
                      let end = element[start.upperBound...].firstIndex(of: "\"") else { return nil }
                return String(element[start.upperBound..<end])
            }
            if let id = attribute("Id"), let target = attribute("Target"), target.hasPrefix("media/") { targets[id] = target }
        }
        return targets
    }

    /// The body: the page break in place of its marker, rows that never split, headings and short
    /// tables kept with what follows.
    func finishDocument(_ xml: String) -> String {
        var xml = xml
        if let marker = xml.range(of: ">\(pageBreakMarker)<"),
           let start = xml[..<marker.lowerBound].range(of: "<w:p>", options: .backwards),
           let end = xml[marker.upperBound...].range(of: "</w:p>") {
            xml.replaceSubrange(start.lowerBound..<end.upperBound, with: "<w:p><w:r><w:br w:type=\"page\" /></w:r></w:p>")
        }
        for level in 1...4 {
            xml = xml.replacingOccurrences(of: "<w:pStyle w:val=\"Heading\(level)\" />",
                                           with: "<w:pStyle w:val=\"Heading\(level)\" /><w:keepNext /><w:keepLines />")
        }
        // The paragraph before a table (an activity's results, a note) stays with it, as headings do.
        var out = ""
        var rest = Substring(xml)
        while let open = rest.range(of: "<w:tbl>"), let close = rest[open.upperBound...].range(of: "</w:tbl>") {
            out += Self.keepLastParagraphWithNext(String(rest[..<open.lowerBound]))
            out += Self.finishTable(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The last paragraph of `xml` kept with the next (the table after it).
    static func keepLastParagraphWithNext(_ xml: String) -> String {
        guard let last = xml.range(of: "<w:p>", options: .backwards) ?? xml.range(of: "<w:p ", options: .backwards) else { return xml }
        var xml = xml
        let tail = xml[last.lowerBound...]
        if let pPr = tail.range(of: "<w:pPr>") {
            if !tail.contains("<w:keepNext") { xml.insert(contentsOf: "<w:keepNext />", at: Self.afterStyle(in: xml, pPr: pPr)) }
        } else if tail.hasPrefix("<w:p>") {
            xml.replaceSubrange(last, with: "<w:p><w:pPr><w:keepNext /></w:pPr>")
        }
        return xml
    }

    /// Where an element goes in a paragraph's properties: after its style, which must come first.
    static func afterStyle(in xml: String, pPr: Range<String.Index>) -> String.Index {
        let after = xml[pPr.upperBound...]
        if after.hasPrefix("<w:pStyle"), let end = after.range(of: "/>") { return end.upperBound }
        return pPr.upperBound
    }

    /// A table whose rows never split; short tables kept whole, long ones keep their first rows together.
    static func finishTable(_ table: String) -> String {
        var rows = table.components(separatedBy: "<w:tr>")
        let rowCount = rows.count - 1
        let kept = rowCount <= keptTableRows ? rowCount - 1 : keptFirstRows
        for index in 1..<rows.count {
            var row = rows[index]
            if row.hasPrefix("<w:trPr>") {
                row = "<w:trPr><w:cantSplit />" + row.dropFirst("<w:trPr>".count)
            } else {
                row = "<w:trPr><w:cantSplit /></w:trPr>" + row
            }
            if index <= kept {
                row = row.replacingOccurrences(of: "<w:pStyle w:val=\"Compact\" />", with: "<w:pStyle w:val=\"Compact\" /><w:keepNext />")
            }
            rows[index] = row
        }
        return rows.joined(separator: "<w:tr>")
    }

    /// Heading 2 (the report's sections) numbered by Word: a section inserted later is numbered too.
    static func numberedHeadings(_ styles: String) -> String {
        // In a paragraph's properties the numbering comes after keepNext/keepLines and before spacing.
        guard let style = styles.range(of: "w:styleId=\"Heading2\""),
              let styleEnd = styles[style.upperBound...].range(of: "</w:style>"),
              let spacing = styles[style.upperBound..<styleEnd.lowerBound].range(of: "<w:spacing") else { return styles }
        var styles = styles
        styles.insert(contentsOf: "<w:numPr><w:ilvl w:val=\"0\" /><w:numId w:val=\"\(headingNumbering)\" /></w:numPr>", at: spacing.lowerBound)
        return styles
    }

    /// The numbering part with the section numbering ("1.", "2.", …) added.
    static func headingNumberingDefinition(_ numbering: String?) -> String {
        let abstract = "<w:abstractNum w:abstractNumId=\"\(headingNumbering)\"><w:multiLevelType w:val=\"singleLevel\" />"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\" /><w:numFmt w:val=\"decimal\" /><w:pStyle w:val=\"Heading2\" />"
            + "<w:lvlText w:val=\"%1.\" /><w:lvlJc w:val=\"left\" /><w:pPr><w:ind w:left=\"432\" w:hanging=\"432\" /></w:pPr></w:lvl></w:abstractNum>"
        let num = "<w:num w:numId=\"\(headingNumbering)\"><w:abstractNumId w:val=\"\(headingNumbering)\" /></w:num>"
        guard var numbering, let end = numbering.range(of: "</w:numbering>") else {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + abstract + num + "</w:numbering>"
        }
        numbering.insert(contentsOf: num, at: end.lowerBound)
        // Every abstract numbering comes before the first concrete one.
        let firstNum = numbering.range(of: "<w:num ")!.lowerBound
        numbering.insert(contentsOf: abstract, at: firstNum)
        return numbering
    }

    /// The core properties with title, subject, author and language set.
    func properties(_ core: String) -> String {
        var core = core
        for element in ["dc:title", "dc:subject", "dc:creator", "dc:language"] {
            while let open = core.range(of: "<\(element)"), let close = core[open.lowerBound...].range(of: "</\(element)>") ?? core[open.lowerBound...].range(of: "/>") {
                core.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        func x(_ text: String) -> String { HTMLText.escape(text) }
        let added = "<dc:title>\(x(title))</dc:title><dc:subject>\(x(subject))</dc:subject><dc:creator>\(x(author))</dc:creator>"
            + "<dc:language>\(x(language))</dc:language>"
        guard let root = core.range(of: "<cp:coreProperties"), let end = core[root.upperBound...].range(of: ">") else { return core }
        core.insert(contentsOf: added, at: end.upperBound)
        return core
    }
}
