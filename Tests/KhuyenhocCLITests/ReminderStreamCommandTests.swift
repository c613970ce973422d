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
        let first: String
        do {
            first = try await OffPool.run { try watch.firstLine() }
        } catch {
            await daemon.stop()
            throw error
        }
        await daemon.stop()
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: Data(first.utf8)) == Samples.leadNotice)
        #expect(try await OffPool.exitStatus(of: watch) == 0)
    }

    @Test func watchWithoutADaemonExitsWithTheUnavailableStatus() async throws {
        let watch = try ChildProcess([CLIBinary.path, "reminders", "watch", "--socket", ReminderAgentTests.socketPath()], quiet: true)
        #expect(try await OffPool.exitStatus(of: watch) == 69)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func theAgentStopsOnASignalWithStatusZero(_ signal: Int32) async throws {
        let path = ReminderAgentTests.socketPath()
        let daemon = try await FakeReminderDaemon.start(at: path, notices: [Samples.leadNotice])
        let agent = try ChildProcess(
            [CLIBinary.path, "reminders", "agent", "--json", "--socket", path, "--bus", "unix:path=\(path).no-bus"], quiet: true)
        // The reminder on standard output: the agent is subscribed and its signal handling in place.
        let first: String
        do {
            first = try await OffPool.run { try agent.firstLine() }
        } catch {
            await daemon.stop()
            throw error
        }
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: Data(first.utf8)) == Samples.leadNotice)
        kill(agent.pid, signal)
        #expect(try await OffPool.exitStatus(of: agent) == 0)
        await daemon.stop()
    }
}
