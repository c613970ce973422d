import Foundation

/// Work on a thread of its own (a client's calls), so that the suite can kill the daemon
/// meanwhile; `wait()` gives its result.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let result = body()
            lock.withLock { value = result }
            done.signal()
        }
    }

    func wait() -> Value {
        done.wait()
        done.signal()
        return lock.withLock { value! }
    }
}
