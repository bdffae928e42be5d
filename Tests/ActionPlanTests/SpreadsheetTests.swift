import ActionPlan
import Foundation
import Testing

/// CSV for Excel: byte-order mark, `;` with decimal commas, ids and fractions kept as text, one
/// table with a plan column when several plans are asked.
@Suite("Spreadsheet output")
struct SpreadsheetTests {
    private let table = Tabular(
        columns: [.init("Actie"), .init("Gedaan"), .init("Termijn"), .init("2024", numeric: true), .init("Omschrijving")],
        rows: [.init(["2.10", "1/3", "2024-12-31", "1234.56", "Zorgcoördinator; één"]), .init(["1.2.3", "", "", "-12", "=SUM(A1)"])])

    @Test("Dutch Excel: BOM, ';', CRLF, decimal comma, ids and fractions as text, dates left as dates")
    func dutch() {
        let csv = CSVRenderer(delimiter: ";", excel: true).render([table])
        #expect(csv.hasPrefix("\u{FEFF}Actie;Gedaan;Termijn;2024;Omschrijving\r\n"))
        // Number-like text after a word joiner (U+2060): text in every locale, and no formula (issue 24).
        #expect(csv.contains("\r\n\u{2060}2.10;\u{2060}1/3;2024-12-31;1234,56;\"Zorgcoördinator; één\"\r\n"))
        #expect(csv.contains("\u{2060}1.2.3;;;-12;'=SUM(A1)\r\n"), "formulas from plan text stay neutralised")
    }

    @Test("English Excel: ',' and decimal points")
    func english() {
        let csv = CSVRenderer(delimiter: ",", excel: true).render([table])
        #expect(csv.contains("\u{2060}2.10,\u{2060}1/3,2024-12-31,1234.56,"))
    }

    @Test("plain CSV is unchanged: no BOM, ids as written")
    func plain() {
        let csv = CSVRenderer().render([table])
        #expect(csv.hasPrefix("Actie,"))
        #expect(csv.contains("\r\n2.10,1/3,2024-12-31,1234.56,"))
    }

    @Test("several plans: budget and status as one table with a Plan column, one header", arguments: ["budget", "status"])
    func longFormat(_ command: String) throws {
        let result = try TestSupport.runPlan([command, "plans/rotterdam-2024-2026.yaml", "plans/zuid-limburg-2022-2025.yaml",
                                              "--as-of", "2025-03-01", "--excel"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0].hasPrefix("Plan;"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("rotterdam-2024-2026;") || $0.hasPrefix("zuid-limburg-2022-2025;") })
        #expect(result.stdout.hasPrefix("\u{FEFF}"))
    }
}
