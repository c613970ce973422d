import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOPosix

/// The daemon's entry point. Swift concurrency's global executor on Linux enqueues on
/// libdispatch's global queues, and their first worker thread starts libdispatch's workqueue
/// monitor, a 1 s timer that never stops: the idle daemon would wake every second. So the
/// tasks run on NIO's event loops instead (one thread per core), which must happen before the
/// first task exists, hence this synchronous `main` rather than `AsyncParsableCommand`'s.
/// Blocking work leaves those threads (``DedicatedThread``, the store's database threads).
@main
enum DaemonMain {
    static func main() {
        let command: Khuyenhocd
        do {
            // The daemon has no subcommands; the root command is always a `Khuyenhocd`.
            command = try Khuyenhocd.parseAsRoot() as! Khuyenhocd
        } catch {
            Khuyenhocd.exit(withError: error)
        }
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let daemon = command
        // Detached: `main` runs on the main actor, and the main thread is about to sleep for good.
        Task.detached {
            do {
                try await daemon.run()
                Khuyenhocd.exit()
            } catch {
                Khuyenhocd.exit(withError: error)
            }
        }
        // The main thread has nothing left to do; the task exits the process.
        while true { pause() }
    }
}
