import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT and SIGTERM into cancelling a task, so that a long-running command stops where it
/// waits and exits 0 instead of being killed in the middle of a notification.
final class TerminationSignals {
    private var sources: [any DispatchSourceSignal] = []

    init(cancelling task: Task<Void, any Error>) {
        for number in [SIGINT, SIGTERM] {
            // Ignored as a signal so that only the dispatch source sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
