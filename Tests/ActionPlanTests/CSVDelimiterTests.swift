import ActionPlan
import Foundation
import Testing

/// Issue 24: a CSV file written with one delimiter is often opened with the other (a Dutch Excel
/// splits a `,` file on `;`, an English one a `;` file on `,`), and quotes then no longer hold a field
/// together. Whatever the delimiter the file was written with, no piece of a line after splitting on
/// `,` or on `;` may start a formula — neither a title's text nor the tool's own cells (`--excel`).
@Suite("CSV across delimiters")
struct CSVDelimiterTests {
    static let outputs: [[String]] = [
        ["--format", "csv"], ["--format", "csv", "--delimiter", ";"], ["--excel"], ["--excel", "--delimiter", ","],
    ]

    /// The pieces of a line that start with something a spreadsheet runs as a formula, split on
    /// `delimiter` as a program that ignores the quotes does (leading spaces and quotes skipped; a
    /// lone `+` or `-`, as in `€ 2.500,-`, runs nothing).
    static func formulaPieces(_ line: Substring, splitOn delimiter: Character) -> [String] {
        line.split(separator: delimiter, omittingEmptySubsequences: false).compactMap { piece in
            let start = piece.drop { $0 == " " || $0 == "\"" }
            guard let first = start.first, "=+-@\t\r".contains(first) else { return nil }
            let trimmed = start.trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            return trimmed == "-" || trimmed == "+" ? nil : String(piece)
        }
    }

    @Test("no piece of any line starts a formula after splitting on ',' or ';'", arguments: outputs)
    func noFormulaAfterEitherDelimiter(_ format: [String]) throws {
        let runs: [[String]] = [
            ["list", "Tests/ActionPlanTests/Fixtures/hostile/csv-delimiters.yaml", "--as-of", "2025-03-01"],
            ["list", "plans/rotterdam-2024-2026.yaml", "--as-of", "2025-03-01"],
            ["overdue", "plans/rotterdam-2024-2026.yaml", "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml",
             "--as-of", "2025-03-01", "--stale"],
        ]
        for run in runs {
            let result = try TestSupport.runPlan(run + format)
            #expect(result.status == 0, "\(result.stderr)")
            let text = result.stdout.hasPrefix("\u{FEFF}") ? String(result.stdout.dropFirst()) : result.stdout
            for line in text.split(separator: "\r\n") {
                for delimiter: Character in [",", ";"] {
                    let found = Self.formulaPieces(line, splitOn: delimiter)
                    #expect(found.isEmpty, "\(run[0]) \(format.joined(separator: " ")), split on '\(delimiter)': \(found) in \(line)")
                }
            }
        }
    }

    @Test("--excel keeps ids and fractions as text without a formula: a word joiner (U+2060) before them")
    func excelTextWithoutFormula() throws {
        let result = try TestSupport.runPlan(["list", "plans/rotterdam-2024-2026.yaml", "--as-of", "2025-03-01", "--excel"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\r\n\u{2060}2.10;"))
        #expect(!result.stdout.contains("="))
    }
}
