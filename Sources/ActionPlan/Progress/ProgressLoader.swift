import ActionPlanCore
import Foundation

/// A progress file read and checked against its plan.
package struct LoadedProgress: Sendable {
    /// The progress (empty when the file could not be read).
    package let progress: PlanProgress
    /// The problems of the file, sorted by position: at most `LoadLimits.maximumDiagnosticsPerFile`,
    /// then one that counts the rest.
    package let diagnostics: [Diagnostic]
    /// The file's text, for quoting lines in rendered diagnostics.
    package let source: SourceText

    /// Whether the progress loaded without errors (warnings allowed).
    package var isValid: Bool { !diagnostics.containsErrors }
}

/// Loads progress files.
package enum ProgressLoader {
    /// Loads the progress file at `path` for a plan; `today` bounds the entries' dates.
    package static func load(path: String, plan: Plan, today: CalendarDate) -> LoadedProgress {
        finish(YAMLDocument.load(path: path, allowEmpty: true), plan: plan, today: today)
    }

    /// Loads progress from bytes, as if read from `path`.
    package static func load(bytes: [UInt8], path: String, plan: Plan, today: CalendarDate) -> LoadedProgress {
        finish(YAMLDocument.parse(bytes: bytes, path: path, allowEmpty: true), plan: plan, today: today)
    }

    /// The progress beside a plan file, or none when there is no such file.
    package static func loadBeside(planPath: String, plan: Plan, today: CalendarDate) -> LoadedProgress? {
        let path = ProgressFile.path(forPlan: planPath)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return load(path: path, plan: plan, today: today)
    }

    private static func finish(_ document: consuming YAMLDocument, plan: Plan, today: CalendarDate) -> LoadedProgress {
        let decoder = ProgressDecoder(source: document.source, plan: plan, today: today)
        let entries = decoder.decode(document.takeRoot())
        let diagnostics = (document.diagnostics + decoder.diagnostics).limitedPerFile()
        return LoadedProgress(progress: PlanProgress(entries: entries), diagnostics: diagnostics, source: document.source)
    }
}
