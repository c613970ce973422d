import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Issue 5's first target through the real daemon: a reminder arrives on `Watch` within 1 s of
/// its due instant, and never before it. A subscriber on a connection of its own (a call in
/// progress holds its connection); deadlines added on another one, each with one reminder
/// (`dueAt`, lead time 1 s, no overdue repeats): `spaced` of them `spacing` apart from 1.5 s
/// ahead, then `together` due at one instant.
struct RemindersBenchWatch {
    let socket: String
    var spaced = 30
    var spacing = 0.2
    var together = 5

    struct Outcome {
        /// Arrival on the stream minus `remindAt`, in seconds, one per reminder received.
        var lateness: [Double]
        var expected: Int
        /// Reminders the daemon itself flagged late.
        var flaggedLate: Int
        /// Reminders received twice or for a deadline the bench did not add.
        var unexpected: Int
    }

    func run() async throws -> Outcome {
        let watcher = try await VarlinkClient.connect(unixPath: socket)
        let writer = try await VarlinkClient.connect(unixPath: socket)
        let stream = watcher.stream("vn.khuyenhoc.Reminders.Watch", parameters: .value(WatchParameters()))
        let (events, sink) = AsyncStream<(reply: VarlinkReply, arrived: Date)>.makeStream()
        // Stamped as soon as the reply is read, before it is decoded.
        let consumer = Task {
            do {
                for try await reply in stream { sink.yield((reply, Date())) }
            } catch {}
            sink.finish()
        }
        var received = events.makeAsyncIterator()
        guard let subscribed = await received.next(), try subscribed.reply.decode(WatchReply.self).reminder == nil else {
            throw BenchError.daemon("Watch did not confirm the subscription")
        }

        let first = Date().addingTimeInterval(1.5)
        var remindAt: [Int64: Date] = [:]
        for index in 0..<(spaced + together) {
            let offset = index < spaced ? Double(index) * spacing : Double(spaced) * spacing + 0.3
            let input = DeadlineInput(
                title: "Watch latency \(index)", titleVi: "Độ trễ theo dõi \(index)",
                dueAt: Timestamp.string(from: first.addingTimeInterval(offset + 1)), leadTimes: [1], overdueInterval: 0)
            let reply = try await writer.send(
                "vn.khuyenhoc.Reminders.AddDeadline", parameters: .value(AddDeadlineParameters(deadline: input)))
            guard reply.error == nil else { throw BenchError.daemon("AddDeadline failed: \(String(decoding: reply.frame, as: UTF8.self))") }
            let deadline = try reply.decode(DeadlineReply.self).deadline
            guard let next = deadline.nextReminder, let instant = RemindersBenchText.instant(next.remindAt) else {
                throw BenchError.daemon("deadline \(deadline.id) has no next reminder")
            }
            remindAt[deadline.id] = instant
        }
        await writer.close()

        // Whatever has not come 3 s after the last due instant counts as missing.
        let last = remindAt.values.max() ?? first
        let timeout = Task {
            try? await Task.sleep(for: .seconds(max(0, last.timeIntervalSinceNow) + 3))
            sink.finish()
        }
        var outcome = Outcome(lateness: [], expected: remindAt.count, flaggedLate: 0, unexpected: 0)
        var seen: Set<Int64> = []
        while seen.count < remindAt.count, let event = await received.next() {
            guard let notice = try event.reply.decode(WatchReply.self).reminder else { continue }
            guard let due = remindAt[notice.deadlineId], seen.insert(notice.deadlineId).inserted else {
                outcome.unexpected += 1
                continue
            }
            outcome.lateness.append(event.arrived.timeIntervalSince(due))
            if notice.late { outcome.flaggedLate += 1 }
        }
        timeout.cancel()
        consumer.cancel()
        await watcher.close()
        return outcome
    }
}
