import ActionPlan
import ArgumentParser
import Foundation

/// Today in the local time zone.
enum Today {
    static var date: CalendarDate {
        // The C library's local time (TZ, /etc/localtime): Foundation's calendar costs a tenth of a query on a small plan.
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}

/// Ends a command over a problem with what the user gave: the message on standard error, exit 64
/// (as for usage errors), and no usage text (which would describe the root command, not the problem).
func usageFailure(_ message: String) -> ExitCode {
    Terminal.err(Terminal.text(Messages.errorLabel) + ": " + TerminalText.visible(message) + "\n")
    return ExitCode(64)
}

/// A usage failure whose text is in the catalogue, in the command's language.
func usageFailure(_ message: MessageText) -> ExitCode {
    usageFailure(Terminal.text(message))
}

/// The one place where a command opens its workspace: on failure the problems are printed, each
/// file's errors followed by the command that checks that file again, and the command ends.
enum Open {
    /// Opens the plans; `failureCode` is the exit code when a plan has errors (1, or 2 for `diff`).
    static func workspace(
        _ paths: [String], progress: String? = nil, readsProgress: Bool = true, failureCode: Int32 = 1, lang: PlanLanguage? = nil
    ) throws -> Workspace {
        let workspace: Workspace
        Terminal.speak(lang)
        do {
            workspace = try Workspace.open(paths, progress: progress, readsProgress: readsProgress, today: Today.date)
        } catch {
            Terminal.speak(lang ?? FileDiagnostics.language(of: error.files))
            if let usage = error.usage { throw usageFailure(usage.text) }
            let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
            for problem in error.missing { Terminal.err(renderer.render(problem.localized(to: Terminal.language))) }
            for file in error.files {
                printErrors(file.localized(lang), then: Messages.hasErrorsFixFirst(file.path, check: file.checkCommand), in: lang ?? file.language ?? .en)
            }
            throw ExitCode(failureCode)
        }
        Terminal.speak(workspace.language(lang))
        printNotices(workspace.notices, lang: lang)
        return workspace
    }

    /// Prints what the command goes on despite (progress kept as history, a local plan on its
    /// snapshot), each file's warnings followed by the command that shows them again.
    static func printNotices(_ notices: [FileDiagnostics], lang: PlanLanguage?) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for notice in notices.map({ $0.localized(lang) }) {
            for diagnostic in notice.diagnostics { Terminal.err(renderer.render(diagnostic, source: notice.source) + "\n") }
            let message = Messages.goingOn(notice.path, check: notice.checkCommand)
            Terminal.err(TerminalText.visible(message.text(in: lang ?? notice.language ?? .en)) + "\n")
        }
    }

    /// Opens one plan file (a folder holding several is a usage error), as `workspace` does.
    static func onePlan(
        _ path: String, progress: String? = nil, readsProgress: Bool = true, failureCode: Int32 = 1, lang: PlanLanguage? = nil
    ) throws -> Workspace {
        let workspace = try self.workspace([path], progress: progress, readsProgress: readsProgress, failureCode: failureCode, lang: lang)
        guard workspace.plans.count == 1 else {
            throw usageFailure(Messages.onePlanOnly(path, plans: workspace.plans.count))
        }
        return workspace
    }

    /// Prints a file's errors, then one line saying what to do.
    static func printErrors(_ file: FileDiagnostics, then advice: MessageText, in language: PlanLanguage) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for diagnostic in file.errors { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
        Terminal.err(TerminalText.visible(advice.text(in: language)) + "\n")
    }

    /// Prints every diagnostic of a refused write, then one line saying nothing was written.
    static func printRefusal(_ file: FileDiagnostics) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for diagnostic in file.diagnostics { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
        let message = file.errors.isEmpty ? Messages.entryRepeatsNothingWritten(file.path)
            : Messages.entryWouldLeaveErrors(file.path, check: file.checkCommand)
        Terminal.err(TerminalText.visible(Terminal.text(message)) + "\n")
    }

    /// Ends a command over a local plan that could not be derived or updated: a usage error (64),
    /// the errors the local plan would have, or a failed write (1).
    static func localPlan<T>(invalidCode: Int32 = 1, _ body: () throws(LocalPlanFailure) -> T) throws -> T {
        do { return try body() } catch {
            switch error {
            case .usage(let message): throw usageFailure(message)
            case .invalid(let file, let advice, let language):
                let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
                for diagnostic in file.diagnostics { Terminal.err(renderer.render(diagnostic, source: file.source) + "\n") }
                Terminal.err(TerminalText.visible("\(file.path): \(advice.text(in: language))") + "\n")
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
            case .input: throw usageFailure(error.text)
            case .exists: throw usageFailure(Terminal.text(error.text) + existsAdvice)
            default:
                Terminal.err(TerminalText.visible("plan: " + Terminal.text(error.text)) + "\n")
                throw ExitCode(1)
            }
        }
    }

    /// Ends a command over a lookup that found nothing (a usage error).
    static func lookup<T>(_ body: () throws(LookupFailure) -> T) throws -> T {
        do { return try body() } catch { throw usageFailure(error.text) }
    }
}
