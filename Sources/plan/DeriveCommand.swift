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
        let workspace = try Open.workspace([regional], readsProgress: false)
        guard workspace.plans.count == 1 else {
            throw usageFailure("'\(regional)' holds \(workspace.plans.count) plans; derive takes exactly one regional plan file")
        }
        let plan = workspace.plans[0].plan
        let chosen: [String]? = roles.isEmpty ? nil : try roles.map { role in
            try Open.lookup { () throws(LookupFailure) in try workspace.owner(named: role) }
        }
        let derivation = LocalPlanDerivation(regional: plan, municipality: municipality, roles: chosen)
        guard !derivation.roles.isEmpty else {
            throw usageFailure("the regional plan has no municipal roles; name them with --role")
        }
        let period = plan.metadata.period
        let outputPath = output ?? "\(derivation.slug)-\(period.firstYear)-\(period.lastYear).yaml"
        let outputURL = URL(fileURLWithPath: outputPath).absoluteURL.standardized
        let folder = outputURL.deletingLastPathComponent()
        let snapshotName = outputURL.deletingPathExtension().lastPathComponent + ".base-snapshot.yaml"
        guard case .success(let baseBytes) = RegularFile.read(path: regional) else { throw ExitCode(1) }
        let text = derivation.yaml(
            basePath: RelativePath.from(folder: folder, to: URL(fileURLWithPath: regional).absoluteURL.standardized),
            baseVersion: ContentHash.of(baseBytes), snapshot: snapshotName, today: Today.date)
        do throws(OutputFile.Failure) {
            // Both files checked before either is written.
            let files = try OutputFile.check([
                (outputPath, force ? .replace : .refuse),
                (String(outputPath[..<(outputPath.lastIndex(of: "/").map(outputPath.index(after:)) ?? outputPath.startIndex)]) + snapshotName,
                 force ? .replace : .refuse),
            ])
            let snapshot = SchemaReference.snapshot(
                of: Data(baseBytes), basePath: RelativePath.from(folder: folder, to: URL(fileURLWithPath: regional).absoluteURL.standardized),
                regionalOnDisk: regional)
            try files[1].write(Array(snapshot))
            do {
                try files[0].write(Array(text.utf8))
            } catch {
                // Leave no snapshot without its plan, or the next run would refuse to overwrite it.
                if !files[1].exists { unlink(files[1].target) }
                throw error
            }
        } catch let failure {
            if failure.problem == .exists {
                throw usageFailure("'\(failure.path)' exists; give --force to overwrite it, or another --output")
            }
            Terminal.err("plan: \(failure)\n")
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
