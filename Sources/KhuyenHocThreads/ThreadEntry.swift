import Glibc

/// What a new pthread runs: its name and its body, retained across `pthread_create`.
final class ThreadEntry: Sendable {
    let name: String
    let body: @Sendable () -> Void

    init(name: String, body: @escaping @Sendable () -> Void) {
        self.name = name
        self.body = body
    }

    /// glibc's `pthread_setname_np`, which Swift's Glibc module leaves out (it is a GNU extension).
    static let setNameFunction = dlsym(nil, "pthread_setname_np").map {
        unsafeBitCast($0, to: (@convention(c) (pthread_t, UnsafePointer<CChar>) -> Int32).self)
    }

    /// Starts a thread running `body`; joinable, so the caller must join or detach it.
    static func start(name: String, _ body: @escaping @Sendable () -> Void) -> pthread_t {
        let entry = Unmanaged.passRetained(ThreadEntry(name: name, body: body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, threadMain, entry)
        // Without a thread the daemon cannot go on; no caller could do better than stop.
        precondition(status == 0, "pthread_create failed: \(status)")
        return thread
    }
}

/// A new thread's first function: names the thread (the kernel keeps 15 bytes) and runs its body.
private func threadMain(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let entry = Unmanaged<ThreadEntry>.fromOpaque(argument!).takeRetainedValue()
    if let setName = ThreadEntry.setNameFunction {
        _ = setName(pthread_self(), String(decoding: entry.name.utf8.prefix(15), as: UTF8.self))
    }
    entry.body()
    return nil
}
