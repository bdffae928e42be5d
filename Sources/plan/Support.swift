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

/// Printing diagnostics to standard error.
enum Diagnostics {
    static func printErrors(_ diagnostics: [Diagnostic], source: SourceText) {
        let renderer = DiagnosticRenderer(colours: Terminal.wantsColour(fileDescriptor: 2))
        for diagnostic in diagnostics where diagnostic.severity == .error {
            Terminal.err(renderer.render(diagnostic, source: source) + "\n")
        }
    }
}

/// Ends a command over a problem with what the user gave: the message on standard error, exit 64
/// (as for usage errors), and no usage text (which would describe the root command, not the problem).
func usageFailure(_ message: String) -> ExitCode {
    Terminal.err("Error: \(message)\n")
    return ExitCode(64)
}
