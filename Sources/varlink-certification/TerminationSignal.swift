import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Waits until the process gets SIGINT or SIGTERM.
enum TerminationSignal {
    private static let queue = DispatchQueue(label: "varlink-certification.signals")

    /// Returns after the first SIGINT or SIGTERM; the signals no longer end the process.
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                var sources: [any DispatchSourceSignal] = []
                var resumed = false
                for number in [SIGINT, SIGTERM] {
                    signal(number, SIG_IGN)
                    let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                    source.setEventHandler {
                        guard !resumed else { return }
                        resumed = true
                        sources.forEach { $0.cancel() }
                        continuation.resume()
                    }
                    sources.append(source)
                    source.resume()
                }
            }
        }
    }
}
