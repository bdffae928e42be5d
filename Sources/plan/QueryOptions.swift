import ActionPlan
import ArgumentParser
import Foundation

/// The options every query shares: the plans, the date, the output format and language.
struct QueryOptions: ParsableArguments {
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, markdown
    }

    @Argument(help: "Plan files, or folders to search for them.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String]

    @Option(name: .customLong("as-of"), help: "Answer as on this day (YYYY-MM-DD; default today).")
    var asOfText: String?

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Language of the output: nl or en (default: the language of the first plan).")
    var lang: String?

    @Option(help: "The CSV field delimiter: ',' or ';' (for Dutch-locale Excel).")
    var delimiter: String = ","

    func validate() throws {
        if let asOfText, CalendarDate(iso: asOfText) == nil {
            throw ValidationError("'\(asOfText)' is not a date: write --as-of as YYYY-MM-DD, for example 2025-01-01")
        }
        if let lang, PlanLanguage(rawValue: lang) == nil {
            throw ValidationError("unknown language '\(lang)': write --lang nl or --lang en")
        }
        if delimiter != "," && delimiter != ";" && delimiter != "\t" {
            throw ValidationError("the delimiter must be ',' or ';'")
        }
    }

    @Option(help: "The progress file, when one plan is given (default: the file beside each plan).", completion: .file(extensions: ["yaml", "yml"]))
    var progress: String?

    /// The as-of date: the option, or today in the local time zone.
    var asOf: CalendarDate {
        asOfText.flatMap(CalendarDate.init(iso:)) ?? Today.date
    }

    /// Loads every plan; any problem is printed and ends the command with exit 1, so no partial
    /// answer is ever given.
    func loadPlans() throws -> [TrackedPlan] {
        let (files, problems) = PlanFiles.collect(paths)
        var failed = false
        for problem in problems {
            Terminal.err("\(problem.path): error: \(problem.message)\n")
            failed = true
        }
        if progress != nil && files.count != 1 {
            throw usageFailure("--progress names the progress file of one plan; give exactly one plan")
        }
        var plans: [TrackedPlan] = []
        for (file, loaded) in zip(files, PlanLoader.load(paths: files)) {
            guard let plan = loaded.plan, loaded.isValid else {
                failed = true
                Diagnostics.printErrors(loaded.diagnostics, source: loaded.source)
                Terminal.err("\(file): has errors; fix them first (plan validate \(file))\n")
                continue
            }
            let progressPath = progress ?? ProgressFile.path(forPlan: file)
            var tracked = TrackedPlan(plan: plan)
            if progress != nil || FileManager.default.fileExists(atPath: progressPath) {
                let loadedProgress = ProgressLoader.load(path: progressPath, plan: plan, today: Today.date)
                if loadedProgress.isValid {
                    tracked.progress = loadedProgress.progress
                } else {
                    failed = true
                    Diagnostics.printErrors(loadedProgress.diagnostics, source: loadedProgress.source)
                    Terminal.err("\(progressPath): has errors; fix them first (plan validate \(file))\n")
                }
            }
            plans.append(tracked)
        }
        if failed { throw ExitCode(1) }
        return plans
    }

    /// The output language.
    func language(for plans: [TrackedPlan]) -> PlanLanguage {
        lang.flatMap(PlanLanguage.init(rawValue:)) ?? plans.first?.plan.metadata.language ?? .en
    }

    /// Resolves an `--owner` value (a key, name or alias in any of the plans) to a registry key,
    /// or ends with a suggestion.
    func resolveOwner(_ name: String?, in plans: [TrackedPlan]) throws -> String? {
        guard let name else { return nil }
        let folded = TextFolding.fold(name)
        var candidates: [String] = []
        for organisation in plans.flatMap(\.plan.organisations) {
            for candidate in [organisation.key, organisation.name] + organisation.aliases {
                if TextFolding.fold(candidate) == folded { return organisation.key }
                candidates.append(candidate)
            }
        }
        let keys = Array(Set(plans.flatMap(\.plan.organisations).map(\.key))).sorted()
        var message = "unknown owner '\(name)'"
        if let suggestion = Suggestions.nearestName(to: name, in: candidates) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += "; the owners are: " + keys.joined(separator: ", ")
        }
        throw usageFailure(message)
    }

    /// Writes tabular views in the chosen format, or the JSON.
    func emit(tables: [Tabular], json: JSONValue) {
        switch format {
        case .json:
            Terminal.out(json.rendered() + "\n")
        case .csv:
            Terminal.out(CSVRenderer(delimiter: Character(delimiter)).render(tables))
        case .markdown:
            Terminal.out(MarkdownRenderer().render(tables))
        case .table:
            Terminal.out(TableRenderer(width: Terminal.width, colours: Terminal.wantsColour(fileDescriptor: 1)).render(tables))
        }
    }
}
