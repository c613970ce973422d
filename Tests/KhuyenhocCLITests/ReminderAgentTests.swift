import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Systemd
import Testing
import Varlink

@testable import khuyenhoc

/// The agent's loop and the Watch subscription against a stand-in daemon; notifications go to a
/// bus address where nothing listens, so each reminder comes out as its line.
@Suite(.serialized) struct ReminderAgentTests {
    static func socketPath() -> String { "/tmp/khcli-\(UUID().uuidString.prefix(12).lowercased()).sock" }

    static func agent(socket: String, area: String? = nil, written: Lines, log: Lines) throws -> ReminderAgent {
        ReminderAgent(
            options: try GlobalOptions.parse(["--socket", socket]), area: ReminderAreaParameters(area: area),
            poster: ReminderAgentPoster(
                desktop: ReminderDesktop(notifier: DesktopNotifier(busAddress: "unix:path=\(socket).no-bus"), language: .english),
                writeLine: written.append),
            log: log.append, jsonLine: { _ in })
    }

    @Test func theAgentShowsEachReminderReconnectsOnceTheDaemonIsBackAndStopsWhenCancelled() async throws {
        let path = Self.socketPath()
        var daemon = try await FakeReminderDaemon.start(at: path, notices: [Samples.leadNotice])
        let written = Lines()
        let log = Lines()
        let task = Task { [agent = try Self.agent(socket: path, written: written, log: log)] in try await agent.run() }
        #expect(try await written.wait { $0.count == 1 })
        await daemon.stop()
        let text = Localizer.current
        #expect(try await log.wait { $0.contains(text.reminder(.agentUnreachable(socket: path, retry: 1))) })
        // The retry after 1 s fails too and is not said again; the one 2 s later connects.
        try await Task.sleep(for: .seconds(1.5))
        daemon = try await FakeReminderDaemon.start(at: path, notices: [Samples.overdueNotice])
        #expect(try await written.wait(seconds: 10) { $0.count == 2 })
        task.cancel()
        try await task.value
        await daemon.stop()

        #expect(written.all == [
            ReminderWording(Samples.leadNotice, language: .english).line, ReminderWording(Samples.overdueNotice, language: .english).line,
        ])
        let lines = log.all
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first == text.reminder(.agentWatching(socket: path)))
        #expect(lines.dropFirst().first?.hasPrefix(String(text.reminder(.agentNotificationsUnavailable(reason: "")).prefix(20))) == true)
        #expect(lines.dropFirst(2).first == text.reminder(.agentUnreachable(socket: path, retry: 1)))
        #expect(lines.last == text.reminder(.agentReconnected))
    }

    @Test func aRefusedSubscriptionEndsTheAgentWithTheDaemonsError() async throws {
        let path = Self.socketPath()
        let daemon = try await FakeReminderDaemon.start(at: path, notices: [])
        let agent = try Self.agent(socket: path, area: "99999", written: Lines(), log: Lines())
        await #expect {
            try await agent.run()
        } throws: { error in
            guard case .reply(let reply) = error as? CLIFailure else { return false }
            return reply.name == "vn.khuyenhoc.Reminders.CommuneNotFound"
        }
        await daemon.stop()
    }

    @Test func watchEndsWithTheDaemonsLastReplyWhenItStops() async throws {
        let path = Self.socketPath()
        let daemon = try await FakeReminderDaemon.start(at: path, notices: [Samples.leadNotice, Samples.overdueNotice])
        let options = try GlobalOptions.parse(["--socket", path])
        let received = Lines()
        let follow = Task {
            let session = DaemonSession(options: options)
            let end = try await session.follow("vn.khuyenhoc.Reminders.Watch", ReminderAreaParameters()) { reply in
                let notice = try session.decode(WatchReply.self, from: reply).reminder
                received.append(notice.map { "\($0.deliveryId)" } ?? "none")
            }
            await session.close()
            return end
        }
        #expect(try await received.wait { $0.count == 3 })
        await daemon.stop()
        #expect(try await follow.value == .finished)
        #expect(received.all == ["none", "9", "31", "none"])
    }

    @Test func watchEndsNormallyWhenTheDaemonVanishesAfterAnswering() async throws {
        let path = Self.socketPath()
        try VanishingDaemon.start(at: path)
        let session = DaemonSession(options: try GlobalOptions.parse(["--socket", path]))
        var replies = 0
        let end = try await session.follow("vn.khuyenhoc.Reminders.Watch", ReminderAreaParameters()) { _ in replies += 1 }
        await session.close()
        #expect(end == .closed)
        #expect(replies == 1)
    }

    @Test func watchWithoutADaemonIsDaemonNotRunning() async throws {
        let path = Self.socketPath()
        let session = DaemonSession(options: try GlobalOptions.parse(["--socket", path]))
        await #expect {
            _ = try await session.follow("vn.khuyenhoc.Reminders.Watch", ReminderAreaParameters()) { _ in }
        } throws: { error in
            guard case .daemonNotRunning(let socket) = error as? CLIFailure else { return false }
            return socket == path && CLIFailure.daemonNotRunning(socket: socket).exitCode == 69
        }
    }
}
