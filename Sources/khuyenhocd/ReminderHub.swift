import KhuyenHocAPI
import KhuyenHocStore
import Synchronization

/// The `Watch` subscribers: each delivered reminder goes to every subscriber whose filter keeps
/// it, without waiting for any of them.
///
/// Each subscriber has its own buffer of `bufferSize` reminders; one that does not read loses the
/// oldest beyond that (they stay in `ListDelivered`) and never holds up the scheduler.
final class ReminderHub: Sendable {
    /// One subscription: the reminders as they come; iterating ends when the hub closes.
    struct Subscription: Sendable {
        let reminders: AsyncStream<ReminderNotice>
    }

    private struct Subscriber: Sendable {
        let filter: ReminderFilter
        let continuation: AsyncStream<ReminderNotice>.Continuation
    }

    private struct State: Sendable {
        var next = 0
        var subscribers: [Int: Subscriber] = [:]
        var closed = false
    }

    let bufferSize: Int
    private let state = Mutex(State())

    init(bufferSize: Int = 256) {
        self.bufferSize = bufferSize
    }

    /// How many subscribers there are.
    var count: Int { state.withLock { $0.subscribers.count } }

    /// Subscribes to the reminders `filter` keeps. The subscription ends when its stream is
    /// dropped or its task is cancelled.
    func subscribe(_ filter: ReminderFilter) -> Subscription {
        let (stream, continuation) = AsyncStream.makeStream(of: ReminderNotice.self, bufferingPolicy: .bufferingNewest(bufferSize))
        let id = state.withLock { state -> Int? in
            guard !state.closed else { return nil }
            state.next += 1
            state.subscribers[state.next] = Subscriber(filter: filter, continuation: continuation)
            return state.next
        }
        guard let id else {
            continuation.finish()
            return Subscription(reminders: stream)
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return Subscription(reminders: stream)
    }

    /// Hands `notice`, about a deadline of `scope`, to every subscriber that keeps it.
    func publish(_ notice: ReminderNotice, scope: DeadlineScope) {
        let receivers = state.withLock { state in state.subscribers.values.filter { $0.filter.includes(scope) } }
        for receiver in receivers { receiver.continuation.yield(notice) }
    }

    /// Ends every subscription (the daemon is stopping); later ones end at once.
    func close() {
        let all = state.withLock { state in
            state.closed = true
            return Array(state.subscribers.values)
        }
        for subscriber in all { subscriber.continuation.finish() }
    }
}
