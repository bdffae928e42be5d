import ActionPlan
import ArgumentParser
import Foundation

struct DeriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive",
        abstract: "Write a starter local plan for one municipality from a regional plan.",
        discussion: """
            The local plan adopts the regional actions in which the given roles take part (default: the \
            municipal roles of the registry), maps those roles to the municipality, and records the regional \
            plan's version and a snapshot of it, so `plan diff --upstream` can show later what changed.
            Exit codes: 0 written; 1 the regional plan has errors or the file could not be written; 64 usage \
            error (an unknown role, an existing file without --force).
            """
    )

    @Argument(help: "The regional plan file.", completion: .file(extensions: ["yaml", "yml"]))
    var regional: String

    @Option(help: "The municipality's name, e.g. Maassluis.")
    var municipality: String

    @Option(name: .customLong("role"), help: "A regional owner the municipality stands in for (repeatable).")
    var roles: [String] = []

    @Option(help: "The file to write (default: <municipality>-<period>.yaml in the current folder).", completion: .file(extensions: ["yaml", "yml"]))
    var output: String?

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    func run() throws {
        let loaded = PlanLoader.load(path: regional)
        guard loaded.isValid, let plan = loaded.plan else {
            Diagnostics.printErrors(loaded.diagnostics, source: loaded.source)
            Terminal.err("plan: '\(regional)' has errors; fix them first (plan validate \(regional))\n")
            throw ExitCode(1)
        }
        var chosen: [String]? = nil
        if !roles.isEmpty {
            chosen = try roles.map { role in
                if let organisation = plan.organisations.first(where: { TextFolding.fold($0.key) == TextFolding.fold(role) || TextFolding.fold($0.name) == TextFolding.fold(role) || $0.aliases.contains(role) }) {
                    return organisation.key
                }
                let suggestion = Suggestions.nearestName(to: role, in: plan.organisations.map(\.key))
                throw usageFailure("the regional plan names no owner '\(role)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            }
        }
        let derivation = LocalPlanDerivation(regional: plan, municipality: municipality, roles: chosen)
        guard !derivation.roles.isEmpty else {
            throw usageFailure("the regional plan has no municipal roles; name them with --role")
        }
        let period = plan.metadata.period
        let outputPath = output ?? "\(derivation.slug)-\(period.firstYear)-\(period.lastYear).yaml"
        if FileManager.default.fileExists(atPath: outputPath) && !force {
            throw usageFailure("'\(outputPath)' exists; give --force to overwrite it, or another --output")
        }
        let outputURL = URL(fileURLWithPath: outputPath).absoluteURL.standardized
        let folder = outputURL.deletingLastPathComponent()
        let snapshotName = outputURL.deletingPathExtension().lastPathComponent + ".base-snapshot.yaml"
        guard let baseBytes = FileManager.default.contents(atPath: regional) else { throw ExitCode(1) }
        let text = derivation.yaml(
            basePath: RelativePath.from(folder: folder, to: URL(fileURLWithPath: regional).absoluteURL.standardized),
            baseVersion: ContentHash.of(baseBytes), snapshot: snapshotName, today: Today.date)
        do {
            try SchemaReference.snapshot(of: baseBytes, basePath: RelativePath.from(folder: folder, to: URL(fileURLWithPath: regional).absoluteURL.standardized), regionalOnDisk: regional).write(to: folder.appendingPathComponent(snapshotName), options: .atomic)
            try Data(text.utf8).write(to: outputURL, options: .atomic)
        } catch {
            Terminal.err("plan: cannot write '\(outputPath)': \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
        Terminal.out("wrote \(outputPath): \(derivation.selectedActions.count) regional actions for \(municipality) (as \(derivation.roles.joined(separator: ", "))), and the snapshot \(snapshotName)\n")
    }
}

/// Relative paths between files, for `extends: plan:`.
enum RelativePath {
    static func from(folder: URL, to file: URL) -> String {
        let from = folder.standardized.pathComponents
        let to = file.standardized.pathComponents
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        // Nothing in common but the root: an absolute path reads better than a chain of '..'.
        if common <= 1 { return file.standardized.path }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }
}
