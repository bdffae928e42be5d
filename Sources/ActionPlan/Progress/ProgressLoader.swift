import ActionPlanCore
import Foundation

/// A progress file read and checked against its plan: what ``ProgressLoader`` gives, as ``PlanLoader``
/// gives a ``LoadedPlan``.
public struct LoadedProgress: Sendable {
    /// The progress (empty when the file could not be read).
    public let progress: PlanProgress
    /// The problems of the file, sorted by position: at most `LoadLimits.maximumDiagnosticsPerFile`,
    /// then one that counts the rest.
    public let diagnostics: [Diagnostic]
    /// The file's text, for quoting lines in rendered diagnostics.
    public let source: SourceText

    /// Whether the progress loaded without errors (warnings allowed).
    public var isValid: Bool { !diagnostics.containsErrors }
}

/// Loads progress files, each checked against its plan: with `TrackedPlan` and
/// `Workspace.init(plans:today:)`, a workspace over plans you loaded yourself.
public enum ProgressLoader {
    /// Loads the progress file at `path` for a plan; `today` bounds the entries' dates. Progress that
    /// no longer fits the plan is kept as history (a warning, AP713) when `keepsHistory`, which is the
    /// default for a local plan (the region may have changed the actions it adopts).
    public static func load(path: String, plan: Plan, today: CalendarDate, keepsHistory: Bool? = nil) -> LoadedProgress {
        finish(YAMLDocument.load(path: path, allowEmpty: true), plan: plan, today: today, keepsHistory: keepsHistory ?? (plan.base != nil))
    }

    /// Loads progress from bytes, as if read from `path`.
    package static func load(bytes: [UInt8], path: String, plan: Plan, today: CalendarDate, keepsHistory: Bool? = nil) -> LoadedProgress {
        finish(YAMLDocument.parse(bytes: bytes, path: path, allowEmpty: true), plan: plan, today: today, keepsHistory: keepsHistory ?? (plan.base != nil))
    }

    /// The progress beside a plan file, or none when there is no such file.
    package static func loadBeside(planPath: String, plan: Plan, today: CalendarDate) -> LoadedProgress? {
        let path = ProgressFile.path(forPlan: planPath)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return load(path: path, plan: plan, today: today)
    }

    private static func finish(_ document: consuming YAMLDocument, plan: Plan, today: CalendarDate, keepsHistory: Bool) -> LoadedProgress {
        let decoder = ProgressDecoder(source: document.source, plan: plan, today: today, keepsHistory: keepsHistory)
        let entries = decoder.decode(document.takeRoot())
        let diagnostics = (document.diagnostics + decoder.diagnostics).limitedPerFile()
        return LoadedProgress(progress: PlanProgress(entries: entries), diagnostics: diagnostics, source: document.source)
    }
}
