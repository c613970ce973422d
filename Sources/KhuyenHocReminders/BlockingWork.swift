import KhuyenHocThreads

/// Runs blocking work (a D-Bus call, waiting for a child process) on a thread of its own, so the
/// awaiting task's executor, e.g. the daemon's event loop, is never held.
enum BlockingWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await DedicatedThread.run(name: "khuyenhoc-reminder", work)
    }
}
