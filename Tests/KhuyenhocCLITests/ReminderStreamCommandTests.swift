import Foundation
import KhuyenHocAPI
import TestProcesses
import Testing

/// `khuyenhoc reminders watch` and `agent` as processes, against a stand-in daemon.
@Suite(.serialized) struct ReminderStreamCommandTests {
    @Test func watchPrintsEachReminderAsItComesAndExitsZeroWhenTheDaemonGoesAway() async throws {
        let path = ReminderAgentTests.socketPath()
        let daemon = try await FakeReminderDaemon.start(at: path, notices: [Samples.leadNotice])
        let watch = try ChildProcess([CLIBinary.path, "reminders", "watch", "--json", "--socket", path], quiet: true)
        // Read while the command still runs: each line is flushed as it comes, not at exit.
        let first = try watch.firstLine()
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: Data(first.utf8)) == Samples.leadNotice)
        await daemon.stop()
        #expect(watch.readToEnd().isEmpty)
        #expect(watch.exitStatus() == 0)
    }

    @Test func watchWithoutADaemonExitsWithTheUnavailableStatus() throws {
        let watch = try ChildProcess([CLIBinary.path, "reminders", "watch", "--socket", ReminderAgentTests.socketPath()], quiet: true)
        #expect(watch.exitStatus() == 69)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func theAgentStopsOnASignalWithStatusZero(_ signal: Int32) async throws {
        let path = ReminderAgentTests.socketPath()
        let daemon = try await FakeReminderDaemon.start(at: path, notices: [Samples.leadNotice])
        let agent = try ChildProcess(
            [CLIBinary.path, "reminders", "agent", "--json", "--socket", path, "--bus", "unix:path=\(path).no-bus"], quiet: true)
        // The reminder on standard output: the agent is subscribed and its signal handling in place.
        let first = try agent.firstLine()
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: Data(first.utf8)) == Samples.leadNotice)
        kill(agent.pid, signal)
        #expect(agent.exitStatus() == 0)
        await daemon.stop()
    }
}
