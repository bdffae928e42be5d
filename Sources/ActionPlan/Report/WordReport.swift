import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// The progress report as a Word document: the Markdown report with the charts as images, turned
/// into `.docx` by pandoc with the reference document that sets A4, margins, page numbers and styles.
package enum WordReport {
    /// The document's bytes, or a `DocxConverter.Failure` saying what is missing or went wrong.
    package static func render(_ data: ReportData, converter: DocxConverter) throws(DocxConverter.Failure) -> Data {
        let text = ReportText(data.language)
        let charts = ReportCharts(data: data, text: text)
        let names = MarkdownReport.ChartFiles()
        var files = [names.themeBars: charts.themeBars, names.timeline: charts.timeline]
        if charts.hasBudget { files[names.budget] = charts.budget }
        let markdown = MarkdownReport.render(data, charts: names)
        guard let reference = Data(base64Encoded: WordReferenceDocument.base64) else {
            throw .files("the built-in reference document is damaged")
        }
        return try converter.convert(markdown: markdown, files: files.mapValues { Data($0.utf8) }, referenceDocument: reference,
                                     language: data.language == .nl ? "nl-NL" : "en-US")
    }
}
