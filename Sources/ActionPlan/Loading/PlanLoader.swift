import Foundation
import Yams

/// A plan file read, decoded and validated: the plan when it could be built, and every problem.
public struct LoadedPlan: Sendable {
    /// The plan; nil when the file could not be read or something required is missing.
    /// A plan may be present alongside errors: check `isValid` before trusting answers from it.
    public let plan: Plan?
    /// All problems of the file, sorted by position.
    public let diagnostics: [Diagnostic]
    /// The file's text, for quoting lines in rendered diagnostics.
    public let source: SourceText

    /// Whether the plan loaded without errors (warnings allowed).
    public var isValid: Bool { plan != nil && !diagnostics.containsErrors }
}

/// Loads plan files: reading, YAML parsing, decoding into the model and validation, in one step.
public enum PlanLoader {
    /// Loads the plan file at `path`.
    public static func load(path: String) -> LoadedPlan {
        finish(YAMLDocument.load(path: path))
    }

    /// Loads many plan files at once, on all cores; the results are in the order of the paths.
    public static func load(paths: [String]) -> [LoadedPlan] {
        guard paths.count > 1 else { return paths.map { load(path: $0) } }
        let results = ResultSlots<LoadedPlan>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results[index] = load(path: paths[index])
        }
        return results.values
    }

    /// Loads a plan from bytes, as if read from `path` (for tests and standard input).
    public static func load(bytes: [UInt8], path: String) -> LoadedPlan {
        finish(YAMLDocument.parse(bytes: bytes, path: path))
    }

    private static func finish(_ document: consuming YAMLDocument) -> LoadedPlan {
        var diagnostics = document.diagnostics
        let source = document.source
        var plan: Plan?
        if var root = document.takeRoot() {
            let decoder = PlanDecoder(source: source, maskedKeys: document.maskedKeys)
            plan = decoder.decode(root)
            diagnostics += decoder.diagnostics
            if let plan { diagnostics += PlanValidator.validate(plan) }
            // Freeing a large YAML tree takes a tenth of the load time: hand the last reference to
            // another thread and go on.
            NodeDisposal.dispose(&root)
        }
        return LoadedPlan(plan: plan, diagnostics: diagnostics.sortedByPosition(), source: source)
    }
}

/// Releases YAML trees on a background queue.
private enum NodeDisposal {
    private static let queue = DispatchQueue(label: "actionplan.node-disposal", qos: .utility)

    /// Takes the tree (leaving an empty scalar in its place) and releases it on the background queue.
    static func dispose(_ node: inout Node) {
        let box = NodeBox(node)
        node = Node("")
        queue.async { box.release() }
    }

    private final class NodeBox: @unchecked Sendable {
        private var node: Node?
        init(_ node: Node) { self.node = node }
        func release() { node = nil }
    }
}

/// Slots filled from several threads, one slot per thread, read once all are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
