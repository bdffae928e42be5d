import ActionPlan
import Testing

/// The renderers: CSV quoting and formula neutralising, Markdown escaping, table alignment by
/// characters, Dutch and English money.
@Suite("Rendering")
struct RenderingTests {
    private let table = Tabular(
        title: "Titel | met pipe",
        columns: [.init("Actie"), .init("Bedrag", numeric: true), .init("Omschrijving", flexible: true)],
        rows: [
            .init(["1.1", "-12.05", "=SUM(A1:A9)"]),
            .init(["1.2", "€ 153.000", "Tekst met \"quotes\", komma; puntkomma\nen een regel"]),
            .init(["1.3", "0", "+31 6 1234"]),
            .init(["1.4", "1", "@cmd"]),
            .init(["é", "ë", "coöperatie | pipe"]),
        ])

    @Test("CSV: header, RFC 4180 quoting, CRLF, formulas neutralised but numbers kept")
    func csv() {
        let csv = CSVRenderer().render([table])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "Actie,Bedrag,Omschrijving")
        #expect(lines[1] == "1.1,-12.05,'=SUM(A1:A9)")
        #expect(lines[2] == "1.2,€ 153.000,\"Tekst met \"\"quotes\"\", komma; puntkomma\nen een regel\"")
        #expect(csv.contains("1.3,0,'+31 6 1234"))
        #expect(csv.contains("1.4,1,'@cmd"))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test("CSV with ';' quotes fields holding ';' rather than ','")
    func csvSemicolon() {
        let csv = CSVRenderer(delimiter: ";").render([table])
        #expect(csv.contains("1.2;€ 153.000;\"Tekst met \"\"quotes\"\", komma; puntkomma\nen een regel\""))
        #expect(CSVRenderer(delimiter: ";").field("a,b") == "a,b")
        #expect(CSVRenderer(delimiter: ";").field("\tx") == "'\tx")
    }

    @Test("Markdown: pipes escaped, line breaks as <br>, numbers right-aligned")
    func markdown() {
        let markdown = MarkdownRenderer().render(table)
        #expect(markdown.hasPrefix("## Titel \\| met pipe\n"))
        #expect(markdown.contains("| Actie | Bedrag | Omschrijving |\n| --- | ---: | --- |"))
        #expect(markdown.contains("puntkomma<br>en een regel"))
        #expect(markdown.contains("coöperatie \\| pipe"))
    }

    @Test("table: columns aligned by characters, not bytes")
    func alignment() {
        let text = TableRenderer(width: 80, colours: false).render(
            Tabular(columns: [.init("Naam"), .init("Bedrag", numeric: true)],
                    rows: [.init(["é", "€ 1"]), .init(["abc", "€ 153.000"])]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[2] == "é           € 1")
        #expect(lines[3] == "abc   € 153.000")
        #expect(lines[2].count == lines[3].count, "é and € count as one character each")
        #expect(!text.contains("\u{1B}["))
    }

    @Test("table: a long title wraps within the width")
    func wrapping() {
        let long = String(repeating: "woord ", count: 40)
        let text = TableRenderer(width: 50).render(Tabular(columns: [.init("Id"), .init("Titel", flexible: true)], rows: [.init(["1", long])]))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }

    @Test("table: no rows and a note that says why is the note alone, not a header over nothing")
    func emptyTableIsItsNote() throws {
        let empty = Tabular(title: "Te laat op 10 januari 2026", columns: [.init("Actie"), .init("Reden")], rows: [], notes: ["Niets te laat."])
        #expect(TableRenderer(width: 80, colours: false).render(empty) == "Te laat op 10 januari 2026\n\nNiets te laat.\n")
        let result = try TestSupport.runPlan(["overdue", TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), "--as-of", "2024-01-02"])
        #expect(result.stdout.contains("Niets te laat.") && !result.stdout.contains("Reden"), "\(result.stdout)")
    }

    @Test("money in Dutch and English", arguments: [
        (15_300_000, "€ 153.000", "€153,000"), (123_456, "€ 1.234,56", "€1,234.56"), (5, "€ 0,05", "€0.05"),
        (-200_000, "-€ 2.000", "-€2,000"), (0, "€ 0", "€0"),
    ] as [(Int64, String, String)])
    func money(_ cents: Int64, _ dutch: String, _ english: String) {
        #expect(Localizer(.nl).money(Money(cents: cents)) == dutch)
        #expect(Localizer(.en).money(Money(cents: cents)) == english)
    }

    @Test("dates in prose")
    func dates() {
        #expect(Localizer(.nl).date(CalendarDate(iso: "2025-01-01")!) == "1 januari 2025")
        #expect(Localizer(.en).date(CalendarDate(iso: "2024-02-29")!) == "29 February 2024")
    }
}
