// A library user's nightly job, written against the public API of ActionPlan only (this target has no
// package access, so the compiler refuses anything else): check a folder of plans, then say what is
// late with its owners (the lead first), the budget per year, each owner's workload and the late list
// in Markdown for the mail.
//
// Each part is headed by the `plan` command that answers the same question, and prints exactly what
// that command prints (scripts/check-example.sh compares the two). The getting-started article of the
// API documentation (Sources/ActionPlan/ActionPlan.docc) quotes this file.
//
//   swift run nightly-report plans/ --as-of 2025-03-01
import ActionPlan
import Foundation

/// Ends the job with a message on standard error.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("nightly-report: \(message)\n".utf8))
    exit(code)
}

// Arguments: plan files or folders, and `--as-of YYYY-MM-DD` (default: today).
var paths: [String] = []
var asOfArgument: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--as-of" {
        guard let value = arguments.popFirst() else { fail("--as-of needs a date (YYYY-MM-DD)", code: 64) }
        asOfArgument = value
    } else {
        paths.append(argument)
    }
}
if paths.isEmpty { fail("usage: nightly-report PLAN-OR-FOLDER... [--as-of YYYY-MM-DD]", code: 64) }

// Today bounds the dates progress may carry; the answers are as on `asOf`.
let now = Calendar.current.dateComponents([.year, .month, .day], from: Date())
guard let today = CalendarDate(year: now.year ?? 0, month: now.month ?? 0, day: now.day ?? 0) else {
    fail("the system clock gives no valid date", code: 1)
}
var asOf = today
if let asOfArgument {
    guard let date = CalendarDate(iso: asOfArgument) else { fail("--as-of takes a date as YYYY-MM-DD, not '\(asOfArgument)'", code: 64) }
    asOf = date
}
let command = paths.joined(separator: " ")

// MARK: Check the plans

print("# plan validate \(command)")
let report = Workspace.check(paths, today: today)
if let usage = report.usage { fail(usage.description, code: 64) }
let diagnostics = DiagnosticRenderer()
var checked = report.missing.map(diagnostics.render).joined()
for file in report.files {
    for diagnostic in file.diagnostics {
        checked += diagnostics.render(diagnostic, source: file.source) + "\n"
    }
}
print(checked + report.summary, terminator: "")
if report.errors > 0 { exit(1) }

// MARK: Open the plans

let workspace: Workspace
do {
    workspace = try Workspace.open(paths, today: today)
} catch {
    // One line: the files and how many problems each has (the check above printed them).
    fail(error.description, code: 1)
}
let language = workspace.plans.first?.plan.metadata.language ?? .en
let views = QueryViews(language: language, asOf: asOf, names: OwnerNames(workspace.plans.map(\.plan)))
let table = TableRenderer(width: 80)

// MARK: What is late

print("# plan overdue \(command) --as-of \(asOf)")
let overdue = OverdueQuery(asOf: asOf)
let late = overdue.run(workspace.plans)
let missed = overdue.missed(workspace.plans)
var lateTables = [views.overdue(late, plans: workspace.plans.count)]
if !missed.isEmpty { lateTables.append(views.missed(missed, plans: workspace.plans.count)) }
print(table.render(lateTables), terminator: "")

// MARK: Budget per year and workload

// A local plan's adopted regional actions are counted once, with the regional plan.
let (countedPlans, leftOut) = workspace.countedOnce
do {
    print("# plan budget \(command) --as-of \(asOf)")
    let budget = try BudgetQuery(asOf: asOf).run(countedPlans)
    print(table.render(views.notingCountedOnce(leftOut, in: views.budget(budget))), terminator: "")

    print("# plan workload \(command) --as-of \(asOf)")
    let loads = try WorkloadQuery(asOf: asOf).run(countedPlans)
    print(table.render(views.notingCountedOnce(leftOut, in: [views.workload(loads)])), terminator: "")
} catch {
    fail(error.description, code: 1)
}

// MARK: The late list for the mail

print("# plan overdue \(command) --as-of \(asOf) --format markdown")
print(MarkdownRenderer(documentTables: true).render(lateTables), terminator: "")
