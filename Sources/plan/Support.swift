import ActionPlan
import ArgumentParser
import Foundation

/// Today in the local time zone.
enum Today {
    static var date: CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Ends a command over a problem with what the user gave: the message on standard error, exit 64
/// (as for usage errors), and no usage text (which would describe the root command, not the problem).
func usageFailure(_ message: String) -> ExitCode {
    Terminal.err("Error: " + TerminalText.visible(message) + "\n")
    return ExitCode(64)
}

/// The one place where a command opens its workspace: on failure the problems are printed, each
/// file's errors followed by the command that checks that file again, and the command ends.
enum Open {
    /// Opens the plans; `failureCode` is the exit code when a plan has errors (1, or 2 for `diff`).
    static func workspace(
        _ paths: [String], progress: String? = nil, readsProgress: Bool = true, failureCode: Int32 = 1, lang: PlanLanguage? = nil
    ) throws -> Workspace {
        let workspace: Workspace
        do {
            workspace = try Workspace.open(paths, progress: progress, readsProgress: readsProgress, today: Today.date)
        } catch {
            if let usage = error.usage { throw usageFailure(usage.description) }
            let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
            for problem in error.missing { Terminal.err(renderer.render(problem)) }
            for file in error.files { printErrors(file.localized(lang), then: "fix them first (\(file.checkCommand))") }
            throw ExitCode(failureCode)
        }
        printNotices(workspace.notices, lang: lang)
        return workspace
    }

    /// Prints what the command goes on despite (progress kept as history, a local plan on its
    /// snapshot), each file's warnings followed by the command that shows them again.
    static func printNotices(_ notices: [FileDiagnostics], lang: PlanLanguage?) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for notice in notices.map({ $0.localized(lang) }) {
            for diagnostic in notice.diagnostics { Terminal.err(renderer.render(diagnostic, source: notice.source) + "\n") }
            let l = Localizer(lang ?? notice.language ?? .en)
            Terminal.err(TerminalText.visible("\(notice.path): " + l.t("gaat door; zie ook: \(notice.checkCommand)", "going on; see also: \(notice.checkCommand)")) + "\n")
        }
    }

    /// Opens one plan file (a folder holding several is a usage error), as `workspace` does.
    static func onePlan(
        _ path: String, progress: String? = nil, readsProgress: Bool = true, failureCode: Int32 = 1, lang: PlanLanguage? = nil
    ) throws -> Workspace {
        let workspace = try self.workspace([path], progress: progress, readsProgress: readsProgress, failureCode: failureCode, lang: lang)
        guard workspace.plans.count == 1 else {
            throw usageFailure("'\(path)' holds \(workspace.plans.count) plans; this command takes exactly one plan file")
        }
        return workspace
    }

    /// Prints a file's errors, then one line saying what to do.
    static func printErrors(_ file: FileDiagnostics, then advice: String) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for diagnostic in file.errors { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
        Terminal.err(TerminalText.visible("\(file.path): has errors; \(advice)") + "\n")
    }

    /// Prints every diagnostic of a refused write, then one line saying nothing was written.
    static func printRefusal(_ file: FileDiagnostics) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for diagnostic in file.diagnostics { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
        if file.errors.isEmpty {
            Terminal.err(TerminalText.visible("\(file.path): the entry repeats an earlier one; nothing was written (give --allow-duplicate to record it anyway)") + "\n")
        } else {
            Terminal.err(TerminalText.visible("\(file.path): the entry would leave the file with errors; nothing was written (check the file with \(file.checkCommand))") + "\n")
        }
    }

    /// Ends a command over a local plan that could not be derived or updated: a usage error (64),
    /// the errors the local plan would have, or a failed write (1).
    static func localPlan<T>(invalidCode: Int32 = 1, _ body: () throws(LocalPlanFailure) -> T) throws -> T {
        do { return try body() } catch {
            switch error {
            case .usage(let message): throw usageFailure(message)
            case .invalid(let file):
                let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
                for diagnostic in file.diagnostics { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
                Terminal.err(TerminalText.visible("\(file.path): \(file.checkCommand)") + "\n")
                throw ExitCode(invalidCode)
            case .failed(let message): Terminal.err(TerminalText.visible("plan: \(message)") + "\n")
            }
            throw ExitCode(1)
        }
    }

    /// Writes a command's output file (`OutputFile`: checked, then replaced atomically). A path that
    /// is one of the command's inputs, or that exists where `existing` is `.refuse`, is a usage error
    /// (64); any other refused or failed write ends the command with 1.
    static func write(_ bytes: [UInt8], to output: String, existing: OutputFile.Existing = .replace, existsAdvice: String = "") throws {
        do throws(OutputFile.Failure) {
            try OutputFile.check(output, existing: existing).write(bytes)
        } catch {
            switch error.problem {
            case .input: throw usageFailure(error.description)
            case .exists: throw usageFailure(error.description + existsAdvice)
            default:
                Terminal.err(TerminalText.visible("plan: \(error)") + "\n")
                throw ExitCode(1)
            }
        }
    }

    /// Ends a command over a lookup that found nothing (a usage error).
    static func lookup<T>(_ body: () throws(LookupFailure) -> T) throws -> T {
        do { return try body() } catch { throw usageFailure(error.description) }
    }
}
