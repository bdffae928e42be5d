import ActionPlan
import ArgumentParser
import Foundation

/// `plan schema --output DIR`: the JSON Schemas for an editor, written beside plans made outside a checkout.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schemas of plan, local plan and progress files into a folder, for an editor.",
        discussion: """
            Writes plan.schema.json, local-plan.schema.json and progress.schema.json into the folder. Then \
            plan init and plan derive, writing a file in that folder or below it, point its first line at them, \
            and an editor with YAML support (VS Code's YAML extension) completes keys and flags mistakes.
            Exit codes: 0 written; 1 a file could not be written; 64 a bad argument or an existing file without --force.
            """
    )

    @Option(help: "The folder to write the schemas into (a folder named schema beside the plans is found by plan init and derive).",
            completion: .directory)
    var output: String

    @Flag(help: "Overwrite schema files that exist.")
    var force = false

    @Option(help: "Language of the messages: nl or en (default: en; the schemas themselves are in English).")
    var lang: PlanLanguage?

    func run() throws {
        Terminal.speak(lang)
        let targets = SchemaFiles.files.map { (path: PathText.join(output, $0.name), existing: force ? OutputFile.Existing.replace : .refuse) }
        // The folder is what is asked for: made when missing (a file of that name is refused below).
        if !FileManager.default.fileExists(atPath: output) {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                Terminal.err(TerminalText.visible("plan: " + Terminal.text(Messages.cannotMakeFolder(output))) + "\n")
                throw ExitCode(1)
            }
        }
        do throws(OutputFile.Failure) {
            // All checked before any is written: never half a set.
            let files = try OutputFile.check(targets)
            for (file, schema) in zip(files, SchemaFiles.files) { try file.write(Array((schema.text + "\n").utf8)) }
        } catch {
            if error.problem == .exists { throw usageFailure(Terminal.text(error.text) + Terminal.text(Messages.forceOrOtherOutput)) }
            Terminal.err(TerminalText.visible("plan: " + Terminal.text(error.text)) + "\n")
            throw ExitCode(1)
        }
        Terminal.out(TerminalText.visible(Terminal.text(Messages.wrote(SchemaFiles.files.map { PathText.join(output, $0.name) }.joined(separator: ", ")))) + "\n")
    }
}
