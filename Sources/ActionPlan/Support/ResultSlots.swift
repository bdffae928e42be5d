import Foundation

/// Slots filled from several threads, one slot per piece of work, read once all are done: the
/// results of `DispatchQueue.concurrentPerform` in the order of the work.
package final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    /// Empty slots.
    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// A slot's value, once filled.
    package subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order (every slot must be filled).
    package var values: [Value] { lock.withLock { slots.map { $0! } } }

    /// Runs `work` for every slot on all cores and returns the results in order.
    package static func concurrently(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
        let results = ResultSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results[index] = work(index) }
        return results.values
    }
}
