import Foundation

/// One import over the socket (BeginImport, AppendImport in 1 MiB pieces, FinishImport), run on
/// a thread of its own so that the suite can kill the daemon meanwhile; it keeps the step it got
/// to, so a kill can be placed: during the upload, during FinishImport, or after the answer.
final class ImportRun: @unchecked Sendable {
    enum Step: String {
        case connecting = "before the upload"
        case uploading = "during the upload"
        case finishing = "during FinishImport"
        case answered = "after the answer"
        case refused = "after an error"
    }

    private let lock = NSLock()
    private var current = Step.connecting
    private var reply: UnixConnection.Reply?
    private let done = DispatchSemaphore(value: 0)

    /// Starts importing `file` into `table` through the daemon at `socket`.
    init(socket: String, table: String, file: [UInt8]) {
        Thread.detachNewThread { [self] in
            let outcome = Self.run(socket: socket, table: table, file: file) { step in lock.withLock { current = step } }
            lock.withLock {
                reply = outcome
                current = outcome.value == nil ? .refused : .answered
            }
            done.signal()
        }
    }

    /// The step it was at; `.answered` once FinishImport's reply came.
    var step: Step { lock.withLock { current } }

    /// Waits for its end (a kill closes the connection, so it comes soon) and returns FinishImport's
    /// reply, or the first call's that failed.
    func wait() -> UnixConnection.Reply {
        done.wait()
        return lock.withLock { reply! }
    }

    private static func run(socket: String, table: String, file: [UInt8], step: (Step) -> Void) -> UnixConnection.Reply {
        guard let connection = try? UnixConnection(path: socket) else { return .none(.closed) }
        let begun = connection.call("vn.khuyenhoc.Registry.BeginImport", ["table": table])
        guard let id = begun.value?["importId"] as? String else { return begun }
        step(.uploading)
        for start in stride(from: 0, to: file.count, by: 1 << 20) {
            let piece = Data(file[start..<min(file.count, start + (1 << 20))]).base64EncodedString()
            let appended = connection.call("vn.khuyenhoc.Registry.AppendImport", ["importId": id, "data": piece])
            guard appended.value != nil else { return appended }
        }
        step(.finishing)
        return connection.call("vn.khuyenhoc.Registry.FinishImport", ["importId": id], timeout: .seconds(600))
    }
}
