import ActionPlan
import ArgumentParser

/// The options of the commands that write documents for people from several plans (`letters`, `agenda`).
struct DocumentOptions: ParsableArguments {
    @Argument(help: "Plan files, or folders to search for them.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Option(name: .customLong("as-of"), help: "Answer as on this day (YYYY-MM-DD; default today).", transform: CalendarDate.parseArgument)
    var asOfDate: CalendarDate?

    @Option(help: "Language of the output: nl or en (default: the language of the first plan).")
    var lang: PlanLanguage?

    @Option(help: "The progress file, when one plan is given (default: the file beside each plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?
}

extension Open {
    /// Ends a command over a Word document pandoc could not make (exit 1, the reason and the fix).
    static func docx<T>(_ body: () throws(DocxConverter.Failure) -> T) throws -> T {
        do { return try body() } catch {
            Terminal.err(TerminalText.visible("plan: \(error)") + "\n")
            throw ExitCode(1)
        }
    }
}
