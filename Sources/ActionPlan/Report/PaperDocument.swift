import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// A short document for people — a letter, a meeting paper — as headings, paragraphs, lists and
/// tables, written once and rendered as Markdown, as one self-contained printable HTML page, or as
/// Word through the report's pandoc route (`DocxConverter`, the report's A4 reference document).
///
/// Every text is escaped by the renderer: nothing from a plan or progress file becomes markup.
package struct PaperDocument: Sendable {
    /// A part of the document.
    package enum Block: Sendable {
        /// A heading (level 1 is the title).
        case heading(Int, String)
        /// A paragraph.
        case paragraph(String)
        /// A paragraph whose first words are bold (`label`), then the text.
        case labelled(String, String)
        /// A bulleted list.
        case list([String])
        /// A table, sized for A4 portrait (the report's column widths).
        case table(Tabular)
    }

    /// The document's title (the HTML page's and Word's).
    package var title: String
    /// The language of its words.
    package var language: PlanLanguage
    /// The parts, in order.
    package var blocks: [Block]

    /// Creates a document.
    package init(title: String, language: PlanLanguage, blocks: [Block] = []) {
        self.title = title
        self.language = language
        self.blocks = blocks
    }

    /// The document as Markdown that pandoc turns into Word: tables with relative column widths, no raw HTML.
    package var markdown: String {
        let tables = MarkdownRenderer(documentTables: true)
        let text = { (value: String) in MarkdownText.escaped(value, lineBreak: " ") }
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let value): out += String(repeating: "#", count: max(1, min(6, level))) + " " + text(value) + "\n\n"
            case .paragraph(let value): out += text(value) + "\n\n"
            case .labelled(let label, let value): out += "**\(text(label))** " + text(value) + "\n\n"
            case .list(let items): out += items.map { "- " + text($0) }.joined(separator: "\n") + "\n\n"
            case .table(let table): out += tables.render(table) + "\n"
            }
        }
        return out
    }

    /// The document as one HTML page: inline CSS (the report's), no scripts, images, fonts or links;
    /// prints on A4 with table headers repeated and rows never cut.
    package var html: String {
        // Control and bidi characters shown as \u{…}, as everywhere people read plan text.
        func e(_ value: String) -> String { HTMLText.escape(TerminalText.visible(value)) }
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>\(HTMLReport.style)</style>
            </head>
            <body>
            <main>

            """
        for block in blocks {
            switch block {
            case .heading(let level, let value): out += "<h\(max(1, min(6, level)))>\(e(value))</h\(max(1, min(6, level)))>\n"
            case .paragraph(let value): out += "<p>\(e(value))</p>\n"
            case .labelled(let label, let value): out += "<p><strong>\(e(label))</strong> \(e(value))</p>\n"
            case .list(let items): out += "<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
            case .table(let table):
                out += HTMLReport.table(TableRenderer.visible(table))
                for note in table.notes { out += "<p>\(e(note))</p>\n" }
            }
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    /// The document as Word, through pandoc with the report's reference document (A4, its styles).
    package func docx(converter: DocxConverter) throws(DocxConverter.Failure) -> Data {
        guard let reference = Data(base64Encoded: WordReferenceDocument.base64) else {
            throw .files("the built-in reference document is damaged")
        }
        return try converter.convert(markdown: markdown, files: [:], referenceDocument: reference,
                                     language: language == .nl ? "nl-NL" : "en-US")
    }
}

extension PaperDocument {
    /// The document for a terminal: headings and paragraphs wrapped to the width, tables fitted to it
    /// (`TableRenderer`), every text shown visibly.
    package func text(width: Int, colours: Bool = false) -> String {
        let tables = TableRenderer(width: width, colours: colours)
        var out: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let value):
                let lines = TableRenderer.wrap(TerminalText.visible(value), to: width)
                out.append(lines.joined(separator: "\n") + (level <= 2 ? "\n" + String(repeating: level == 1 ? "═" : "─", count: min(width, lines.map(DisplayWidth.of).max() ?? 0)) : ""))
            case .paragraph(let value): out.append(TableRenderer.wrap(TerminalText.visible(value), to: width).joined(separator: "\n"))
            case .labelled(let label, let value): out.append(TableRenderer.wrap(TerminalText.visible(label + " " + value), to: width).joined(separator: "\n"))
            case .list(let items):
                out.append(items.map { item in
                    TableRenderer.wrap(TerminalText.visible(item), to: width - 2).enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
                        .joined(separator: "\n")
                }.joined(separator: "\n"))
            case .table(let table): out.append(tables.render(table).trimmingCharacters(in: .newlines))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }
}
