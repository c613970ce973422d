import Foundation
import KhuyenHocStore

/// A bounded queue of row batches from the thread that reads a file to the thread that writes
/// them: reading and writing overlap on two cores, and at most ``capacity`` batches wait, so
/// memory stays flat. The reader blocks when the queue is full; either side may stop it.
final class RowPipe: @unchecked Sendable {
    static let batchSize = 1024
    private let capacity: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var batches: [[PreparedRow]] = []
    private var finished = false
    private var cancelled = false
    private var sourceFailed = false

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// Queues a batch, waiting while the queue is full; false when the writer has gone.
    func push(_ batch: [PreparedRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The reader is done; `failed` says the file must not be written.
    func finish(failed: Bool) {
        condition.lock()
        finished = true
        sourceFailed = failed
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for the reader; nil once it finished and everything was taken.
    func pop() -> [PreparedRow]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The writer stops reading: the reader stops at its next row.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Whether the reader found the file bad; meaningful once ``pop()`` has returned nil.
    var failed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return sourceFailed
    }

    /// Waits until the reader has finished (after a ``cancel()``, at its next row).
    func waitUntilFinished() {
        condition.lock()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
