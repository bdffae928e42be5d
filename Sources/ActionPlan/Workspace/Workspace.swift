import ActionPlanCore
import ActionPlanFiles
import Foundation

/// One run of the tool over plan files: the one way in for every command.
///
/// Opening a workspace collects the plan files of the paths given (folders searched), loads each plan
/// once (a regional plan that many local plans extend included), and attaches each plan's progress
/// (the file beside it, or one named explicitly). Owner names are resolved through one lookup over
/// every plan's registry, and progress is written through ``log(_:plan:)``, which keeps the file valid.
public struct Workspace: Sendable {
    /// The plans with their progress, in the order given (folders' files sorted).
    public let plans: [TrackedPlan]
    /// Today, which bounds progress dates.
    public let today: CalendarDate
    /// The progress file of each plan (given or beside it), whether or not it exists yet.
    package let progressPaths: [String]
    /// What every command over these plans should tell, though nothing stops it: progress kept as
    /// history of an earlier planning (AP713), a local plan working on its last accepted snapshot.
    package var notices: [FileDiagnostics] = []
    /// The plan loads of this run, and the bytes read: later steps (a diff of a local plan's base,
    /// accepting it) use what opening the workspace read, so each file is read once per run.
    package var run = PlanLoadRun()
    /// The one owner lookup over every plan's registry, built when a name is looked up (not on every open).
    var owners: OwnerRegistry { OwnerRegistry(organisations: plans.flatMap(\.plan.organisations)) }

    /// Opens the plans of `paths`; `progress` names the progress file when one plan is given, and
    /// `readsProgress: false` leaves progress out (for commands about the adopted plan only).
    /// Throws when a path names no plan or any plan or progress file read has errors.
    public static func open(
        _ paths: [String], progress: String? = nil, readsProgress: Bool = true, today: CalendarDate
    ) throws(WorkspaceFailure) -> Workspace {
        let (files, missing, usage) = planFiles(paths, progress: progress)
        if let usage { throw WorkspaceFailure(files: [], missing: [], usage: usage) }
        var failed: [FileDiagnostics] = []
        var plans: [TrackedPlan] = []
        var progressPaths: [String] = []
        var notices: [FileDiagnostics] = []
        let run = PlanLoadRun()
        // The region's progress, read once however many local plans extend the regional plan.
        var regionalByBase: [String: (entries: [ProgressEntry]?, failure: FileDiagnostics?)] = [:]
        let loadedPlans = run.load(paths: files)
        let clashes = PlanIDClash.find(zip(files, loadedPlans).map { ($0, $1.plan) })
        for (index, (file, loaded)) in zip(files, loadedPlans).enumerated() {
            guard let plan = loaded.plan, loaded.isValid, clashes[index] == nil else {
                let diagnostics = clashes[index].map { loaded.diagnostics + [$0] } ?? loaded.diagnostics
                failed.append(FileDiagnostics(path: file, kind: .plan, diagnostics: diagnostics, source: loaded.source,
                                              checkCommand: CheckCommand(plan: file), language: loaded.language))
                continue
            }
            let progressPath = progress ?? ProgressFile.path(forPlan: file)
            InputFiles.note(progressPath) // read now, or by the next command: never written over by another command
            var tracked = TrackedPlan(plan: plan)
            if let notice = FileDiagnostics.notice(path: file, kind: .plan, diagnostics: loaded.diagnostics, source: loaded.source,
                                                   checkCommand: CheckCommand(plan: file), language: plan.metadata.language) {
                notices.append(notice)
            }
            if readsProgress && (progress != nil || FileManager.default.fileExists(atPath: progressPath)) {
                let loadedProgress = ProgressLoader.load(path: progressPath, plan: plan, today: today)
                if loadedProgress.isValid {
                    tracked.progress = loadedProgress.progress
                    if let notice = FileDiagnostics.notice(path: progressPath, kind: .progress, diagnostics: loadedProgress.diagnostics,
                                                           source: loadedProgress.source, checkCommand: CheckCommand(plan: file, progress: progress),
                                                           language: plan.metadata.language) {
                        notices.append(notice)
                    }
                } else {
                    failed.append(FileDiagnostics(path: progressPath, kind: .progress, diagnostics: loadedProgress.diagnostics,
                                                  source: loadedProgress.source, checkCommand: CheckCommand(plan: file, progress: progress),
                                                  language: plan.metadata.language))
                }
            }
            if readsProgress, let base = plan.base {
                let key = PathText.normalized(base.path)
                let known = regionalByBase[key]
                let regional = known ?? regionalProgress(of: plan, base: base, run: run, today: today)
                regionalByBase[key] = regional
                if known == nil, let file = regional.failure {
                    // The region's progress does not stop the local plan: it is told, as history where it no longer fits.
                    if file.errors.isEmpty { notices.append(file) } else { failed.append(file) }
                }
                if let entries = regional.entries {
                    let adopted = plan.actions.filter(\.origin.isRegional).map(\.id)
                    tracked.progress = .merging(regional: entries, adopted: Set(adopted), local: tracked.progress)
                }
            }
            plans.append(tracked)
            progressPaths.append(progressPath)
        }
        if !failed.isEmpty || !missing.isEmpty { throw WorkspaceFailure(files: failed, missing: missing, usage: nil) }
        var workspace = Workspace(plans: plans, today: today, progressPaths: progressPaths)
        workspace.notices = notices
        workspace.run = run
        return workspace
    }

    /// The progress the region recorded for a local plan's base, from the progress file beside the
    /// regional plan (nil when it has none): the local view takes the region's entries for the
    /// actions it adopted (meetings the region held count as held locally).
    private static func regionalProgress(
        of plan: Plan, base: PlanBase, run: PlanLoadRun, today: CalendarDate
    ) -> (entries: [ProgressEntry]?, failure: FileDiagnostics?) {
        let path = ProgressFile.path(forPlan: base.path)
        guard FileManager.default.fileExists(atPath: path),
              let regional = run.entry(path: base.path, extending: [], asBase: true).loaded.plan else { return (nil, nil) }
        // As the local plan sees it: what the region's revision left behind is history, not an error.
        let loaded = ProgressLoader.load(path: path, plan: regional, today: today, keepsHistory: true)
        guard loaded.isValid else {
            return (nil, FileDiagnostics(path: path, kind: .progress, diagnostics: loaded.diagnostics, source: loaded.source,
                                         checkCommand: CheckCommand(plan: base.path, progress: nil), language: plan.metadata.language))
        }
        let notice = FileDiagnostics.notice(path: path, kind: .progress, diagnostics: loaded.diagnostics, source: loaded.source,
                                            checkCommand: CheckCommand(plan: base.path, progress: nil), language: plan.metadata.language)
        return (loaded.progress.entries, notice)
    }

    /// The plan files of the paths (folders searched; a progress file named stands for its plan), the
    /// paths that name none, and the usage problem when `--progress` is given with other than one plan.
    static func planFiles(_ paths: [String], progress: String?) -> (files: [String], missing: [PathProblem], usage: UsageProblem?) {
        let (collected, missing) = PlanFiles.collect(paths)
        var files: [String] = []
        for file in collected {
            let plan = ProgressFile.isProgressFile(file) ? ProgressFile.planPath(forProgress: file) : file
            if !files.contains(plan) { files.append(plan) }
        }
        let usage = progress != nil && files.count != 1 ? UsageProblem.progressNeedsOnePlan(plans: files.count) : nil
        return (files, missing, usage)
    }

    /// The output language: the one asked for, else the first plan's.
    package func language(_ requested: PlanLanguage?) -> PlanLanguage {
        requested ?? plans.first?.plan.metadata.language ?? .en
    }

    /// The registry key of an owner named by its key, name or alias in any of the plans (case and
    /// accents ignored).
    package func owner(named name: String) throws(LookupFailure) -> String {
        if let key = owners.key(for: name) { return key }
        throw unknownOwner(name)
    }

    /// The registry key of an optional owner name (see `owner(named:)`), nil for none given.
    package func owner(ifNamed name: String?) throws(LookupFailure) -> String? {
        guard let name else { return nil }
        return try owner(named: name)
    }

    /// An action of a plan by its id, with the nearest ids suggested when there is none.
    package static func action(_ id: String, in plan: Plan) throws(LookupFailure) -> Action {
        if let action = plan.actions.first(where: { $0.id == id }) { return action }
        let nearest = Suggestions.nearest(to: id, in: plan.actions.map(\.id), count: 3)
        throw LookupFailure(Messages.noSuchAction(id, nearest: nearest.joined(separator: ", ")))
    }
}
