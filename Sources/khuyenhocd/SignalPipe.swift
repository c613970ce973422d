#if canImport(Glibc)
import Glibc
#endif
import KhuyenHocThreads

/// Unix signals as an `AsyncStream`, without libdispatch: ServiceLifecycle's `UnixSignalsSequence`
/// uses dispatch signal sources, whose handlers run on libdispatch's workers, and the first
/// worker starts the workqueue monitor that wakes an idle daemon every second. Here a handler
/// writes the signal's number into a pipe, and a thread of its own, asleep in `read` until one
/// comes, passes it on.
enum SignalPipe {
    /// The pipe's write end, for the handler; set once, before any handler is installed.
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Installs handlers for `signals` and returns what they receive, from now on. Call once.
    static func signals(_ signals: [Int32]) -> AsyncStream<Int32> {
        var ends: [Int32] = [0, 0]
        // Without the pipe no signal could stop the daemon; nothing better can be done than stop.
        precondition(pipe(&ends) == 0, "pipe failed: \(errno)")
        // Neither end is for the processes the daemon starts.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // A full pipe must never block the handler: the signals already queued say enough.
        _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
        writeEnd = ends[1]
        let readEnd = ends[0]
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        DedicatedThread.detach(name: "khuyenhoc-signal") {
            // A parent may have started the daemon with these signals blocked (a libdispatch
            // worker blocks every signal, and its children inherit that); dispatch's signal
            // sources read them from a signalfd regardless, a handler only gets them where
            // they are not blocked, so this thread, at least, takes them.
            var mask = sigset_t()
            sigemptyset(&mask)
            for signal in signals { sigaddset(&mask, signal) }
            pthread_sigmask(SIG_UNBLOCK, &mask, nil)
            var number: UInt8 = 0
            while true {
                let count = read(readEnd, &number, 1)
                if count == 1 {
                    continuation.yield(Int32(number))
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                // Only async-signal-safe calls here; errno is the interrupted code's.
                let saved = errno
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(SignalPipe.writeEnd, &byte, 1)
                errno = saved
            }
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
        return stream
    }
}
