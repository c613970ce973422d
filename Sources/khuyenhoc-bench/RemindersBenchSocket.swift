import Foundation
import struct KhuyenHocSample.SplitMix64
import KhuyenHocAPI
import Varlink

/// Issue 5's second target through the socket: `deadlines` deadlines with the default three lead
/// reminders (date deadlines over the next two years, every fourth yearly by RRULE) created with
/// `AddDeadline`; then `UpdateDeadline` of one of them (its due day moved) timed `changes` times
/// beside `vn.khuyenhoc.Service.GetStatus` (answered at once, no I/O) on the same connection; and
/// `ListUpcoming` (limit 100, the default 30 days).
struct RemindersBenchSocket {
    let socket: String
    let deadlines: Int
    let changes: Int

    struct Outcome {
        var creation: Duration
        var reminders: Int
        var update: LatencySample
        var status: LatencySample
        var upcoming: LatencySample
        var upcomingCount: Int
        /// The deadline moved back and forth.
        var movedID: Int64
        /// The earliest reminder armed (nil: none within 30 days).
        var nearest: Date?
    }

    func run() async throws -> Outcome {
        let client = try await VarlinkClient.connect(unixPath: socket)
        var generator = SplitMix64(seed: 5)
        let today = RemindersBenchCalendar.today()
        var reminders = 0
        var movable: (id: Int64, input: DeadlineInput)?
        let creating = ContinuousClock.now
        for index in 0..<deadlines {
            let input = Self.input(index, today: today, &generator)
            let reply = try await client.send(
                "vn.khuyenhoc.Reminders.AddDeadline", parameters: .value(AddDeadlineParameters(deadline: input)))
            try Self.check(reply, "AddDeadline")
            let deadline = try reply.decode(DeadlineReply.self).deadline
            reminders += deadline.leadTimes.count
            if movable == nil, input.rrule == nil { movable = (deadline.id, input) }
        }
        let creation = ContinuousClock.now - creating
        guard let movable else { throw BenchError.daemon("no one-off deadline to move") }

        // Between two days more than 30 days ahead, so that every change re-arms three reminders.
        let days = [RemindersBenchCalendar.text(today, plus: 100), RemindersBenchCalendar.text(today, plus: 101)]
        let statusFrame = try VarlinkFrame.call(VarlinkCallHeader(method: "vn.khuyenhoc.Service.GetStatus"), parameters: .empty)
        var update = LatencySample()
        var status = LatencySample()
        for round in 0..<(changes + 10) {
            var input = movable.input
            input.dueDate = days[round % 2]
            let frame = try VarlinkFrame.call(
                VarlinkCallHeader(method: "vn.khuyenhoc.Reminders.UpdateDeadline"),
                parameters: .value(UpdateDeadlineParameters(id: movable.id, deadline: input)))
            let statusStart = ContinuousClock.now
            try Self.check(try await client.send(frame: statusFrame), "GetStatus")
            let statusTime = ContinuousClock.now - statusStart
            let updateStart = ContinuousClock.now
            try Self.check(try await client.send(frame: frame), "UpdateDeadline")
            let updateTime = ContinuousClock.now - updateStart
            // The first ten warm up.
            if round >= 10 {
                status.record(statusTime)
                update.record(updateTime)
            }
        }

        var upcoming = LatencySample()
        var upcomingCount = 0
        var nearest: Date?
        for _ in 0..<20 {
            let start = ContinuousClock.now
            let reply = try await client.send(
                "vn.khuyenhoc.Reminders.ListUpcoming", parameters: .value(ListUpcomingParameters(limit: 100)))
            upcoming.record(ContinuousClock.now - start)
            try Self.check(reply, "ListUpcoming")
            let listed = try reply.decode(ListUpcomingReply.self).reminders
            upcomingCount = listed.count
            nearest = listed.first.flatMap { RemindersBenchText.instant($0.remindAt) }
        }
        await client.close()
        return Outcome(
            creation: creation, reminders: reminders, update: update, status: status, upcoming: upcoming,
            upcomingCount: upcomingCount, movedID: movable.id, nearest: nearest)
    }

    private static func input(_ index: Int, today: DateComponents, _ generator: inout SplitMix64) -> DeadlineInput {
        let offset = 5 + Int(generator.next() % 726)
        var input = DeadlineInput(
            title: "Report \(index) to the district", titleVi: "Nộp báo cáo \(index) lên huyện",
            dueDate: RemindersBenchCalendar.text(today, plus: offset))
        if index % 4 == 0 {
            // A day every month has, so that the rule and the first occurrence agree.
            let day = RemindersBenchCalendar.components(today, plus: offset)
            input.dueDate = RemindersBenchCalendar.text(year: day.year!, month: day.month!, day: min(day.day!, 28))
            input.rrule = "FREQ=YEARLY;BYMONTH=\(day.month!);BYMONTHDAY=\(min(day.day!, 28))"
        }
        return input
    }

    private static func check(_ reply: VarlinkReply, _ method: String) throws {
        guard reply.error == nil else { throw BenchError.daemon("\(method) failed: \(String(decoding: reply.frame, as: UTF8.self))") }
    }
}
