import ActionPlanCore
import Foundation

/// A plan file read, decoded and validated: the plan when it could be built, and every problem.
public struct LoadedPlan: Sendable {
    /// The plan; nil when the file could not be read or something required is missing.
    /// A plan may be present alongside errors: check `isValid` before trusting answers from it.
    public let plan: Plan?
    /// The problems of the file, sorted by position: at most `LoadLimits.maximumDiagnosticsPerFile`,
    /// then one that counts the rest.
    public let diagnostics: [Diagnostic]
    /// The file's text, for quoting lines in rendered diagnostics.
    public let source: SourceText
    /// The plan's language as far as it could be read, even when the plan has errors (its messages
    /// follow it); nil when the file names none.
    package var language: PlanLanguage? = nil

    /// Whether the plan loaded without errors (warnings allowed).
    public var isValid: Bool { plan != nil && !diagnostics.containsErrors }
}

/// Loads plan files: reading, YAML parsing, decoding into the model and validation, in one step.
public enum PlanLoader {
    /// Loads the plan file at `path`.
    public static func load(path: String) -> LoadedPlan {
        PlanLoadRun().load(path: path)
    }

    /// Loads many plan files at once, on all cores; the results are in the order of the paths.
    /// Each file is read once: a regional plan that several local plans extend is loaded once.
    public static func load(paths: [String]) -> [LoadedPlan] {
        PlanLoadRun().load(paths: paths)
    }

    /// Loads a plan from bytes, as if read from `path` (for tests and standard input).
    public static func load(bytes: [UInt8], path: String) -> LoadedPlan {
        PlanLoadRun().load(bytes: bytes, path: path)
    }
}

/// The plan loads of one run: every file is read, parsed and validated once, however many local
/// plans extend it. Safe to use from several threads; two threads that need the same base at the
/// same moment may both load it (waiting for each other could deadlock on a cycle of `extends`).
package final class PlanLoadRun: @unchecked Sendable {
    /// A loaded plan with the content hash of its bytes (the version local plans record).
    package struct Entry {
        package var loaded: LoadedPlan
        package var version: String
        /// Why the file could not be read, when it could not.
        package var readFailure: RegularFile.Failure?
        /// The plan's owner registry, which the local plans extending it build on.
        var registry: OwnerRegistry?
    }

    private var loaded: [String: Entry] = [:]
    private let lock = NSLock()
    /// The bytes this run read: each file is read from disk once.
    package let reads: FileReads

    /// A run that has loaded nothing yet (reading through `reads`, which may be shared with the
    /// run's other steps).
    package init(reads: FileReads = FileReads()) {
        self.reads = reads
    }

    /// Loads a plan from bytes, as if read from `path`, with the bases and snapshots it names taken
    /// from this run: the check of a file before it is written.
    package func load(bytes: [UInt8], path: String) -> LoadedPlan {
        finish(YAMLDocument.parse(bytes: bytes, path: path), extending: []).loaded
    }

    /// Loads one file, or takes it from this run's earlier loads.
    package func load(path: String) -> LoadedPlan { entry(path: path, extending: [], asBase: false).loaded }

    /// Loads many files on all cores; the results are in the order of the paths.
    package func load(paths: [String]) -> [LoadedPlan] {
        guard paths.count > 1 else { return paths.map { load(path: $0) } }
        let inThisRun = InputFiles.sameRun()
        return ResultSlots.concurrently(paths.count) { index in
            var loaded: LoadedPlan?
            inThisRun { loaded = load(path: paths[index]) }
            return loaded!
        }
    }

    /// The load of a file (`extending` holds the local plans whose bases are being loaded, to catch cycles).
    /// A file named as a base may come from a load under another spelling of its path; one named on its
    /// own is reloaded then, so that its diagnostics carry the path the user gave.
    package func entry(path: String, extending: [String], asBase: Bool) -> Entry {
        let key = PathText.canonical(path)
        if let known = lock.withLock({ loaded[key] }), asBase || known.loaded.source.path == path { return known }
        let entry = finish(YAMLDocument.load(path: path, reads: reads), extending: extending)
        // A chain too long depends on the way the file was reached: loaded on its own it may be fine.
        guard !entry.loaded.diagnostics.contains(where: { $0.code == .extendsTooDeep }) else { return entry }
        lock.withLock { if loaded[key] == nil { loaded[key] = entry } }
        return entry
    }

    func finish(_ document: consuming YAMLDocument, extending: [String]) -> Entry {
        var diagnostics = document.diagnostics
        let source = document.source
        let version = document.contentHash
        let readFailure = document.readFailure
        var plan: Plan?
        var language: PlanLanguage?
        var registry: OwnerRegistry?
        if let root = document.takeRoot() {
            let decoder: PlanDecoder
            if LocalPlanDecoder.isLocalPlan(root) {
                let local = LocalPlanDecoder(source: source)
                plan = decodeLocal(root, decoder: local, extending: extending)
                decoder = local
            } else {
                decoder = PlanDecoder(source: source)
                plan = decoder.decode(root)
            }
            diagnostics += decoder.diagnostics
            language = decoder.planLanguage
            if let plan {
                registry = decoder.registry
                diagnostics += PlanValidator.validate(plan, registry: decoder.registry)
            }
            // Freeing a large YAML tree takes a tenth of the load time: hand the last reference to
            // another thread and go on.
            NodeDisposal.dispose(consume root)
        }
        var loaded = LoadedPlan(plan: plan, diagnostics: diagnostics.limitedPerFile(), source: source)
        loaded.language = plan?.metadata.language ?? language ?? PlanLanguage.declared(in: source.text)
        return Entry(loaded: loaded, version: version, readFailure: readFailure, registry: registry)
    }

    /// A local plan: its base loaded first (catching missing bases and cycles), then the local file over it.
    private func decodeLocal(_ root: YAMLNode, decoder: LocalPlanDecoder, extending: [String]) -> Plan? {
        guard let extends = decoder.readExtends(root) else { return nil }
        let here = decoder.source.path
        // Keep the base's path relative when the local plan's is, so messages read as the user typed.
        let basePath = PathText.join(PathText.referenceFolder(of: here), extends.planPath)
        let chain = extending + [PathText.canonical(here)]
        guard extending.count < LoadLimits.maximumExtendsSteps else {
            decoder.error(.extendsTooDeep, Messages.chainTooLong(extends.planPath, plans: chain.count, maximum: LoadLimits.maximumExtendsSteps),
                          at: extends.planNode, hint: Messages.extendsRegionalItselfHint)
            return nil
        }
        if chain.contains(PathText.canonical(basePath)) {
            decoder.error(.extendsCircle, Messages.extendsCircle(extends.planPath), at: extends.planNode, hint: Messages.extendsCircleHint)
            return nil
        }
        // The snapshot beside the local plan: in the real file's folder when the plan is opened through a
        // link, as the base is, and as `--accept` writes it (one path for every read and write).
        let snapshotPath = extends.snapshot.map { PathText.join(PathText.referenceFolder(of: here), $0) }
        if let snapshotPath { InputFiles.note(snapshotPath) }
        let base = entry(path: basePath, extending: chain, asBase: true)
        // The local plan speaks its region's language, also when it cannot be built.
        decoder.planLanguage = base.loaded.language
        switch base.readFailure {
        case .missing?:
            decoder.error(.baseMissing, Messages.baseNotFound(extends.planPath), at: extends.planNode, hint: Messages.baseNotFoundHint)
            return nil
        case let failure?:
            decoder.error(.baseMissing, Messages.baseUnreadable(extends.planPath, failure.messageText), at: extends.planNode,
                          hint: failure.hintText)
            return nil
        case nil:
            break
        }
        guard let basePlan = base.loaded.plan, base.loaded.isValid else {
            let errors = base.loaded.diagnostics.filter { $0.severity == .error }
            if let deep = errors.first(where: { $0.code == .extendsTooDeep }) {
                decoder.error(.extendsTooDeep, Messages.baseExtendsInTurn(extends.planPath, maximum: LoadLimits.maximumExtendsSteps),
                              at: extends.planNode, hint: Messages.extendsRegionalItselfHint,
                              notes: [.init(Messages.chainGoesOnHere, at: deep.location)])
                return nil
            }
            // An error in the region's plan does not stop the municipality: the local plan works on the
            // last accepted snapshot of it, and says so.
            if let snapshotPath, let recorded = extends.version, !errors.contains(where: { $0.code == .extendsCircle }) {
                let snapshot = entry(path: snapshotPath, extending: chain, asBase: true)
                if snapshot.readFailure == nil, let plan = snapshot.loaded.plan, snapshot.loaded.isValid, plan.base == nil {
                    decoder.report(Diagnostic(.warning, .baseHasErrors, Messages.baseInvalidUsingSnapshot(extends.planPath, errors: errors.count),
                                              at: decoder.location(extends.planNode), hint: Messages.baseInvalidUsingSnapshotHint(basePath)))
                    return decoder.decodeLocal(root, base: plan, baseRegistry: snapshot.registry, basePath: basePath, baseVersion: recorded,
                                               extends: extends)
                }
            }
            if let circle = errors.first(where: { $0.code == .extendsCircle }) {
                decoder.error(.extendsCircle, Messages.extendsCircle(extends.planPath), at: extends.planNode, hint: Messages.extendsCircleClosedHint,
                              notes: [.init(Messages.circleClosesHere, at: circle.location)])
                return nil
            }
            decoder.error(.baseHasErrors, Messages.baseHasErrors(extends.planPath, errors: errors.count),
                          at: extends.planNode, hint: Messages.runValidate(basePath),
                          // By position only: the file may not be a plan at all (`extends: /etc/passwd`), and
                          // its messages quote its text.
                          notes: errors.prefix(3).map { .init(Messages.anErrorInTheRegionalPlan, at: $0.location) })
            return nil
        }
        if let recorded = extends.version, let snapshotPath,
           case .success(let snapshotBytes) = reads.bytes(path: snapshotPath),
           case .success(let baseBytes) = reads.bytes(path: basePath),
           (recorded == base.version) != SnapshotContent.matches(snapshotBytes, baseBytes) {
            // The snapshot is not the version recorded: one of the two was edited by hand. What it
            // shows as the region's changes would be invented.
            decoder.report(Diagnostic(.warning, .snapshotMismatch, Messages.snapshotMismatch(recorded: recorded, snapshot: ContentHash.of(snapshotBytes)),
                                      at: decoder.location(extends.planNode), hint: Messages.snapshotMismatchHint(here)))
        }
        if let recorded = extends.version, recorded != base.version, let snapshotPath {
            // The region changed its plan: the snapshot of the version derived from tells what changed.
            let old = entry(path: snapshotPath, extending: chain, asBase: true)
            if old.readFailure == nil, let plan = old.loaded.plan, old.loaded.isValid { decoder.snapshot = plan }
        }
        return decoder.decodeLocal(root, base: basePlan, baseRegistry: base.registry, basePath: basePath, baseVersion: base.version,
                                   extends: extends)
    }

}

/// Releases YAML trees on a background queue.
private enum NodeDisposal {
    private static let queue = DispatchQueue(label: "actionplan.node-disposal", qos: .utility)

    /// Takes the tree and releases it on the background queue.
    static func dispose(_ node: consuming YAMLNode) {
        let box = NodeBox(node)
        queue.async { box.release() }
    }

    private final class NodeBox: @unchecked Sendable {
        private var node: YAMLNode?
        init(_ node: YAMLNode) { self.node = node }
        func release() { node = nil }
    }
}
