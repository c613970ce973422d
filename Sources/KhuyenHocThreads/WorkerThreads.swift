import Glibc

/// A pool of at most a fixed number of threads of the process's own for blocking work (see
/// ``DedicatedThread`` for why not libdispatch's). Threads start when work needs them, wait
/// without waking for the next job, and end after ``lingerSeconds`` without one (one wake-up, not
/// a polling loop), so that a pool nobody uses holds no thread; jobs run in submission order.
public final class WorkerThreads: @unchecked Sendable {
    private let name: String
    private let limit: Int
    // Guarded by `lock`.
    private var jobs: [() -> Void] = []
    private var started = 0
    private var idle = 0
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wakeUp = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// A pool of at most `count` threads named `name`.
    public init(name: String, count: Int) {
        self.name = name
        self.limit = max(1, count)
        pthread_mutex_init(lock, nil)
        pthread_cond_init(wakeUp, nil)
    }

    /// How long an idle thread waits for work before it ends.
    public static let lingerSeconds = 10

    /// Runs `work` on one of the pool's threads and returns its result.
    public func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            submit { continuation.resume(returning: work()) }
        }
    }

    private func submit(_ job: @escaping @Sendable () -> Void) {
        pthread_mutex_lock(lock)
        jobs.append(job)
        if jobs.count > idle && started < limit {
            started += 1
            pthread_detach(ThreadEntry.start(name: name) { self.serve() })
        } else {
            pthread_cond_signal(wakeUp)
        }
        pthread_mutex_unlock(lock)
    }

    private func serve() {
        pthread_mutex_lock(lock)
        while true {
            while jobs.isEmpty {
                idle += 1
                var until = timespec()
                clock_gettime(CLOCK_REALTIME, &until)
                until.tv_sec += Self.lingerSeconds
                let waited = pthread_cond_timedwait(wakeUp, lock, &until)
                idle -= 1
                if waited == ETIMEDOUT && jobs.isEmpty {
                    started -= 1
                    pthread_mutex_unlock(lock)
                    return
                }
            }
            let job = jobs.removeFirst()
            pthread_mutex_unlock(lock)
            job()
            pthread_mutex_lock(lock)
        }
    }
}
