import ActionPlan
import Foundation
import Testing

/// `plan show` at the terminal: names people read, long text wrapped at word boundaries to the width.
@Suite("plan show at the terminal")
struct ShowTextTests {
    static let cases: [(plan: String, action: String)] = [
        ("rotterdam-2024-2026", "2.1"), ("rotterdam-2024-2026", "5.6"), ("zuid-limburg-2022-2025", "2.3.8"),
    ]

    @Test("golden at 60 and 80 columns: no line wider, no registry key", arguments: [60, 80])
    func golden(_ width: Int) throws {
        for (plan, action) in Self.cases {
            var arguments = ["show", "plans/\(plan).yaml", action, "--as-of", "2025-03-01"]
            if plan.hasPrefix("rotterdam") { arguments += ["--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml"] }
            let result = try TestSupport.runPlan(arguments, environment: ["COLUMNS": String(width)])
            #expect(result.status == 0, "\(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= width, "\(plan) \(action): \(line)")
            }
            let loaded = PlanLoader.load(path: TestSupport.shippedPlan("\(plan).yaml"))
            for organisation in try #require(loaded.plan).organisations where !Organisation.keyIsName(organisation.key) {
                #expect(!result.stdout.contains("(\(organisation.key)"), "\(plan) \(action): registry key \(organisation.key)")
                #expect(!result.stdout.contains(" \(organisation.key),"), "\(plan) \(action): registry key \(organisation.key)")
            }
            try TestSupport.assertGolden(result.stdout, "show/\(plan)-\(action)-\(width).txt")
        }
    }

    @Test("one standing, shown once: no second 'Status'; a reported status that does not decide it is 'Gemeld' with its date",
          arguments: [("2.1", "loopt — stand op 1 maart 2025", nil as String?), ("2.12", "vertraagd — stand op 1 maart 2025", "gestart op 1 mei 2024"),
                      ("4.1", "vervallen sinds 12 september 2024 — stand op 1 maart 2025", nil)])
    func oneStanding(_ action: String, _ standing: String, _ reported: String?) throws {
        let result = try TestSupport.runPlan(["show", "plans/rotterdam-2024-2026.yaml", action, "--as-of", "2025-03-01",
                                              "--progress", "examples/rotterdam-2024-2026.voorbeeld.progress.yaml"], environment: ["COLUMNS": "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let fields = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!fields.contains { $0.hasPrefix("Status ") })
        #expect(fields.filter { $0.hasPrefix("Stand ") }.map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) } == [standing])
        #expect(fields.filter { $0.hasPrefix("Gemeld ") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } == (reported.map { [$0] } ?? []))
    }

    @Test("without a width every text stays on one line (for scripts that read the text)")
    func unwrapped() throws {
        let loaded = PlanLoader.load(path: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"))
        let plan = try #require(loaded.plan)
        let action = try #require(plan.actions.first { $0.id == "5.6" })
        let text = ActionDetailsText(language: .nl).render(ActionDetails(tracked: TrackedPlan(plan: plan), action: action, asOf: CalendarDate(iso: "2025-03-01")!))
        #expect(text.split(separator: "\n")[1] == Substring(action.title))
    }
}
