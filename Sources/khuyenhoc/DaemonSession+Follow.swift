import Foundation
import Varlink

extension DaemonSession {
    /// How an endless `more` call stopped without an error reply.
    enum FollowEnd: Sendable, Equatable {
        /// The daemon sent a last reply (without `continues`).
        case finished
        /// The connection closed after the call was answered: the daemon stopped or restarted.
        case closed
        /// The task was cancelled (a signal).
        case cancelled
    }

    /// Calls `method` with `more` and hands each reply to `each` for as long as the daemon keeps
    /// the call open, which for a subscription is forever. Unlike `stream`, a connection that
    /// closes after the first reply ends the call normally: the daemon went away.
    ///
    /// - Throws: `CLIFailure.daemonNotRunning`/`.permissionDenied` when it cannot connect,
    ///   `.connectionClosed` when the daemon hangs up before answering, `.reply` for an error reply.
    func follow(
        _ method: String, _ parameters: some Encodable & Sendable, each: (VarlinkReply) async throws -> Void
    ) async throws -> FollowEnd {
        let client = try await connected()
        var answered = false
        do {
            for try await reply in client.stream(method, parameters: .value(parameters)) {
                if let error = reply.asError() { throw CLIFailure.reply(error) }
                answered = true
                try await each(reply)
            }
        } catch let failure as CLIFailure {
            throw failure
        } catch let error as VarlinkError {
            throw CLIFailure.reply(error)
        } catch VarlinkClientError.malformedReply(let reason) {
            throw CLIFailure.malformedReply(reason)
        } catch {
            // The connection closed (or failed under the call): the daemon went away.
            if answered { return .closed }
            throw CLIFailure.connectionClosed(socket: socket)
        }
        // The stream also ends, without a last reply, when the task is cancelled.
        return Task.isCancelled ? .cancelled : .finished
    }
}
