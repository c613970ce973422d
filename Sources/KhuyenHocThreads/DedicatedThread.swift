import Glibc

/// Blocking work on a thread of its own, started for it and gone after it.
///
/// libdispatch's worker threads, once one exists, keep a 1 s timer of libdispatch's workqueue
/// monitor running for the life of the process, which wakes an idle daemon every second; work
/// that would block an executor thread runs here instead of on `DispatchQueue.global()`.
public enum DedicatedThread {
    /// Runs `work` on a new thread named `name` and returns its result, so that the awaiting
    /// task's executor (e.g. the daemon's event loop) is never held.
    public static func run<T: Sendable>(name: String, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            detach(name: name) { continuation.resume(returning: work()) }
        }
    }

    /// Starts `body` on a new detached thread named `name`.
    public static func detach(name: String, _ body: @escaping @Sendable () -> Void) {
        pthread_detach(ThreadEntry.start(name: name, body))
    }
}
