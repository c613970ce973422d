import Glibc

/// `DispatchQueue.concurrentPerform` on threads of the process's own (see ``DedicatedThread``
/// for why not libdispatch's).
public enum ParallelLoop {
    /// Calls `body` once for each index in `0..<iterations`, in parallel on at most as many
    /// threads as there are active processors (the caller's thread being one), and returns when
    /// every call has.
    public static func perform(iterations: Int, _ body: (Int) -> Void) {
        guard iterations > 1 else {
            if iterations == 1 { body(0) }
            return
        }
        let width = min(iterations, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            // Each thread takes the next index until none is left, so uneven calls balance out.
            let next = UnsafeMutablePointer<Int>.allocate(capacity: 1)
            next.initialize(to: 0)
            let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
            pthread_mutex_init(lock, nil)
            defer {
                pthread_mutex_destroy(lock)
                lock.deallocate()
                next.deallocate()
            }
            nonisolated(unsafe) let shared = (next, lock)
            let drain: @Sendable () -> Void = {
                while true {
                    pthread_mutex_lock(shared.1)
                    let index = shared.0.pointee
                    shared.0.pointee += 1
                    pthread_mutex_unlock(shared.1)
                    guard index < iterations else { return }
                    body(index)
                }
            }
            let helpers = (1..<width).map { _ in ThreadEntry.start(name: "khuyenhoc-par", drain) }
            drain()
            for helper in helpers { pthread_join(helper, nil) }
        }
    }
}
