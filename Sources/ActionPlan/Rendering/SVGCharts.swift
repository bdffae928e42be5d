import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// Small SVG charts drawn from query results, inline in the HTML report and as images in the Word
/// report: no scripts, no external files, every text escaped, each chart with a title for screen
/// readers.
package enum SVGCharts {
    /// A coloured segment of a bar.
    package struct Segment: Sendable {
        package var label: String
        package var value: Int
        package var colour: String
        package init(label: String, value: Int, colour: String) {
            self.label = label
            self.value = value
            self.colour = colour
        }
    }

    /// One horizontal bar split into segments (a theme's actions by status).
    package static func stackedBar(_ segments: [Segment], title: String, width: Int = 240, height: Int = 14) -> String {
        let total = max(1, segments.reduce(0) { $0 + $1.value })
        var x = 0.0
        var out = ##"<svg class="bar" xmlns="http://www.w3.org/2000/svg" width="\##(width)" height="\##(height)" viewBox="0 0 \##(width) \##(height)" role="img" aria-label="\##(HTMLText.escape(title))"><title>\##(HTMLText.escape(title))</title>"##
        for segment in segments where segment.value > 0 {
            let w = Double(width) * Double(segment.value) / Double(total)
            out += ##"<rect x="\##(format(x))" y="0" width="\##(format(w))" height="\##(height)" fill="\##(segment.colour)"><title>\##(HTMLText.escape(segment.label)): \##(segment.value)</title></rect>"##
            x += w
        }
        return out + "</svg>"
    }

    /// A chart's key: a coloured square and a word per colour.
    package struct LegendItem: Sendable {
        package var label: String
        package var colour: String
        package init(label: String, colour: String) {
            self.label = label
            self.colour = colour
        }
    }

    /// One labelled stacked bar per row (each theme's actions by status) under a legend, drawn as a
    /// single picture for documents that cannot hold a chart in a table cell.
    package static func labelledBars(_ rows: [(label: String, segments: [Segment])], legend: [LegendItem], title: String) -> String {
        let labelWidth = 300, barWidth = 300, rowHeight = 22, top = 30, width = labelWidth + barWidth + 50
        let height = top + rows.count * rowHeight + 6
        let maximum = max(1, rows.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        var out = ##"<svg class="chart" xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif" width="\##(width)" height="\##(height)" viewBox="0 0 \##(width) \##(height)" role="img" aria-label="\##(HTMLText.escape(title))"><title>\##(HTMLText.escape(title))</title>"##
        out += legendMarkup(legend, x: 0, y: 4)
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            out += ##"<text x="0" y="\##(y + 14)" font-size="11" font-family="Arial, Helvetica, sans-serif">\##(HTMLText.escape(clipped(row.label, to: 48)))</text>"##
            var x = Double(labelWidth)
            for segment in row.segments where segment.value > 0 {
                let w = Double(barWidth) * Double(segment.value) / Double(maximum)
                out += ##"<rect x="\##(format(x))" y="\##(y + 3)" width="\##(format(w))" height="\##(rowHeight - 8)" fill="\##(segment.colour)"><title>\##(HTMLText.escape(segment.label)): \##(segment.value)</title></rect>"##
                x += w
            }
            out += ##"<text x="\##(format(x + 4))" y="\##(y + 14)" font-size="11" font-family="Arial, Helvetica, sans-serif">\##(row.segments.reduce(0) { $0 + $1.value })</text>"##
        }
        return out + "</svg>"
    }

    /// The key as a row of squares and words from (x, y), about 110 units per item.
    static func legendMarkup(_ legend: [LegendItem], x: Int, y: Int) -> String {
        var out = ""
        for (index, item) in legend.enumerated() {
            let left = x + index * 110
            out += ##"<rect x="\##(left)" y="\##(y)" width="10" height="10" fill="\##(item.colour)" stroke="#555" stroke-width="0.5"/><text x="\##(left + 14)" y="\##(y + 9)" font-size="11" font-family="Arial, Helvetica, sans-serif">\##(HTMLText.escape(item.label))</text>"##
        }
        return out
    }

    static func clipped(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Vertical bars per year: planned, and spent beside it where recorded.
    package static func yearBars(_ years: [(year: Int, planned: Money, spent: Money?)], title: String, planned: String, spent: String,
                                money: (Money) -> String) -> String {
        let width = 560, height = 230, left = 80, bottom = 30, top = 34
        let maximum = max(1, years.map { max($0.planned.cents, $0.spent?.cents ?? 0) }.max() ?? 1)
        let slot = Double(width - left - 10) / Double(max(1, years.count))
        let bar = min(40, slot / 3)
        func y(_ cents: Int64) -> Double { Double(height - bottom) - Double(height - bottom - top) * Double(cents) / Double(maximum) }
        var out = ##"<svg class="chart" xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif" width="\##(width)" height="\##(height)" viewBox="0 0 \##(width) \##(height)" role="img" aria-labelledby="budget-title"><title id="budget-title">\##(HTMLText.escape(title))</title>"##
        out += ##"<line x1="\##(left)" y1="\##(height - bottom)" x2="\##(width - 10)" y2="\##(height - bottom)" stroke="#555"/>"##
        out += ##"<text x="\##(left - 6)" y="\##(format(y(maximum) + 4))" text-anchor="end" font-size="11">\##(HTMLText.escape(money(Money(cents: maximum))))</text>"##
        for (index, year) in years.enumerated() {
            let x = Double(left) + slot * Double(index) + slot / 2
            out += ##"<rect x="\##(format(x - bar - 1))" y="\##(format(y(year.planned.cents)))" width="\##(format(bar))" height="\##(format(Double(height - bottom) - y(year.planned.cents)))" fill="#1565c0"><title>\##(HTMLText.escape("\(year.year) \(planned): \(money(year.planned))"))</title></rect>"##
            if let spentAmount = year.spent {
                out += ##"<rect x="\##(format(x + 1))" y="\##(format(y(spentAmount.cents)))" width="\##(format(bar))" height="\##(format(Double(height - bottom) - y(spentAmount.cents)))" fill="#ef6c00"><title>\##(HTMLText.escape("\(year.year) \(spent): \(money(spentAmount))"))</title></rect>"##
            }
            out += ##"<text x="\##(format(x))" y="\##(height - bottom + 16)" text-anchor="middle" font-size="12">\##(year.year)</text>"##
        }
        out += ##"<rect x="\##(left)" y="2" width="10" height="10" fill="#1565c0"/><text x="\##(left + 14)" y="11" font-size="11">\##(HTMLText.escape(planned))</text>"##
        out += ##"<rect x="\##(left + 120)" y="2" width="10" height="10" fill="#ef6c00"/><text x="\##(left + 134)" y="11" font-size="11">\##(HTMLText.escape(spent))</text>"##
        return out + "</svg>"
    }

    /// A due date on the timeline, in its own colour: a row's past due date may be late while its
    /// next one is not.
    package struct DueMark: Sendable {
        package var date: CalendarDate
        package var colour: String
        package init(date: CalendarDate, colour: String) {
            self.date = date
            self.colour = colour
        }
    }

    /// A row of the timeline.
    package struct GanttRow: Sendable {
        package var label: String
        package var group: String
        package var windows: [DateWindow]
        package var dueMarks: [DueMark]
        package var occurrences: [CalendarDate]
        package var colour: String
        package var tooltip: String
        package init(label: String, group: String, windows: [DateWindow], dueMarks: [DueMark], occurrences: [CalendarDate], colour: String, tooltip: String) {
            self.label = label
            self.group = group
            self.windows = windows
            self.dueMarks = dueMarks
            self.occurrences = occurrences
            self.colour = colour
            self.tooltip = tooltip
        }
    }

    /// A Gantt-style timeline over the plan period: its legend on top (so print never parts them),
    /// rows grouped, bars for windows, diamonds for due dates (each with its date in `data-due`),
    /// dots for occurrences, a line for the as-of date.
    package static func gantt(_ rows: [GanttRow], period: PlanPeriod, asOf: CalendarDate, title: String, asOfLabel: String,
                             legend: [LegendItem] = []) -> String {
        let labelWidth = 70, chartWidth = 620, rowHeight = 16, top = legend.isEmpty ? 24 : 44
        let width = labelWidth + chartWidth + 10
        var groups: [String] = []
        for row in rows where groups.last != row.group { groups.append(row.group) }
        let height = top + rows.count * rowHeight + groups.count * rowHeight + 10
        let start = period.start.dayNumber, days = Double(period.end.dayNumber - start + 1)
        func x(_ date: CalendarDate) -> Double { Double(labelWidth) + Double(chartWidth) * Double(min(max(date.dayNumber, start), period.end.dayNumber + 1) - start) / days }
        var out = ##"<svg class="gantt" xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif" width="\##(width)" height="\##(height)" viewBox="0 0 \##(width) \##(height)" role="img" aria-labelledby="gantt-title"><title id="gantt-title">\##(HTMLText.escape(title))</title>"##
        if !legend.isEmpty { out += legendMarkup(legend, x: 0, y: 2) }
        for year in period.years {
            let left = x(.startOfYear(year))
            out += ##"<line x1="\##(format(left))" y1="\##(top - 6)" x2="\##(format(left))" y2="\##(height)" stroke="#ccc"/><text x="\##(format(left + 4))" y="\##(top - 10)" font-size="11">\##(year)</text>"##
        }
        var yPosition = top
        var currentGroup: String?
        for row in rows {
            if row.group != currentGroup {
                currentGroup = row.group
                out += ##"<text x="0" y="\##(yPosition + 12)" font-size="11" font-weight="bold">\##(HTMLText.escape(row.group))</text>"##
                yPosition += rowHeight
            }
            out += ##"<g><title>\##(HTMLText.escape(row.tooltip))</title><text x="4" y="\##(yPosition + 12)" font-size="10">\##(HTMLText.escape(row.label))</text>"##
            for window in row.windows {
                let left = x(window.start), right = x(window.end.adding(days: 1))
                out += ##"<rect x="\##(format(left))" y="\##(yPosition + 3)" width="\##(format(max(2, right - left)))" height="\##(rowHeight - 6)" rx="2" fill="\##(row.colour)"/>"##
            }
            for due in row.dueMarks {
                out += ##"<path data-due="\##(due.date)" d="M\##(format(x(due.date.adding(days: 1)))) \##(yPosition + 1) l4 7 l-4 7 l-4 -7 z" fill="\##(due.colour)" stroke="#222"/>"##
            }
            for occurrence in row.occurrences {
                out += ##"<circle cx="\##(format(x(occurrence)))" cy="\##(yPosition + rowHeight / 2)" r="3" fill="#fff" stroke="#000"/>"##
            }
            out += "</g>"
            yPosition += rowHeight
        }
        if period.contains(asOf) || asOf > period.end {
            let line = x(asOf)
            out += ##"<line x1="\##(format(line))" y1="\##(top - 6)" x2="\##(format(line))" y2="\##(height)" stroke="#c62828" stroke-width="1.5" stroke-dasharray="4 3"/><text x="\##(format(min(line + 4, Double(width) - 90)))" y="\##(height - 2)" font-size="10" fill="#c62828">\##(HTMLText.escape(asOfLabel))</text>"##
        }
        return out + "</svg>"
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
