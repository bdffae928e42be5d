import ActionPlanCore
import ActionPlanFiles
import Foundation

/// Every problem of the files `plan validate` checks: the plans and their progress files.
public struct ValidationReport: Sendable {
    /// Each checked file with its problems (possibly none), in the order given.
    public var files: [FileDiagnostics]
    /// Paths that name nothing usable.
    public var missing: [PathProblem]
    /// Arguments that do not fit the files found (a usage error), if any: then nothing was checked.
    public var usage: UsageProblem?
    /// Per plan file, the actions whose source names no owner (`owners: []` with `who:`): accepted, and
    /// noted so the writer sees them.
    package var actionsNamingNoOwner: [(path: String, ids: [String])] = []

    /// How many plan files were checked.
    package var planFiles: Int { files.filter { $0.kind == .plan }.count }
    /// How many progress files were checked.
    package var progressFiles: Int { files.filter { $0.kind == .progress }.count }
    /// All errors, a missing path counting as one.
    public var errors: Int { files.reduce(missing.count) { $0 + $1.errors.count } }
    /// All warnings.
    package var warnings: Int { files.reduce(0) { $0 + $1.diagnostics.count - $1.errors.count } }
}

extension Workspace {
    /// Checks plan files and their progress files without opening them for queries: every error and
    /// warning of every file. A progress file named among the paths is checked with its plan;
    /// `progress` names the progress file of the one plan given, kept away from it.
    public static func check(_ paths: [String], progress: String? = nil, today: CalendarDate) -> ValidationReport {
        let (files, missing, usage) = planFiles(paths, progress: progress)
        if let usage { return ValidationReport(files: [], missing: missing, usage: usage) }
        var results: [FileDiagnostics] = []
        let run = PlanLoadRun()
        let checkedPaths = Set(files.map(PathText.canonical))
        var regionalSeen: Set<String> = []
        var ownerless: [(path: String, ids: [String])] = []
        let loadedPlans = run.load(paths: files)
        let clashes = PlanIDClash.find(zip(files, loadedPlans).map { ($0, $1.plan) })
        for (index, (file, loaded)) in zip(files, loadedPlans).enumerated() {
            let language = loaded.language
            let ids = loaded.plan?.actions.filter(\.namesNoOwner).map(\.id) ?? []
            if !ids.isEmpty { ownerless.append((file, ids)) }
            let diagnostics = clashes[index].map { loaded.diagnostics + [$0] } ?? loaded.diagnostics
            results.append(FileDiagnostics(path: file, kind: .plan, diagnostics: diagnostics, source: loaded.source,
                                           checkCommand: CheckCommand(plan: file), language: language))
            let progressPath = progress ?? ProgressFile.path(forPlan: file)
            if let plan = loaded.plan, progress != nil || FileManager.default.fileExists(atPath: progressPath) {
                let checked = ProgressLoader.load(path: progressPath, plan: plan, today: today)
                results.append(FileDiagnostics(path: progressPath, kind: .progress, diagnostics: checked.diagnostics, source: checked.source,
                                               checkCommand: CheckCommand(plan: file, progress: progress), language: language))
            }
            // A local plan takes the region's progress too: checked as the local plan sees it (what no
            // longer fits is history), unless the regional plan is among the files checked itself.
            guard let plan = loaded.plan, let base = plan.base, !checkedPaths.contains(PathText.canonical(base.path)),
                  regionalSeen.insert(PathText.canonical(base.path)).inserted else { continue }
            let regionalProgress = ProgressFile.path(forPlan: base.path)
            guard FileManager.default.fileExists(atPath: regionalProgress),
                  let regional = run.entry(path: base.path, extending: [], asBase: true).loaded.plan else { continue }
            let checked = ProgressLoader.load(path: regionalProgress, plan: regional, today: today, keepsHistory: true)
            results.append(FileDiagnostics(path: regionalProgress, kind: .progress, diagnostics: checked.diagnostics, source: checked.source,
                                           checkCommand: CheckCommand(plan: base.path), language: language))
        }
        var report = ValidationReport(files: results, missing: missing, usage: nil)
        report.actionsNamingNoOwner = ownerless
        return report
    }
}
