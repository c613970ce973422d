import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Logging
import Testing

@Suite struct ReminderHookTests {
    let logger = Logger(label: "reminder-hook-test")

    @Test func theCommandReceivesTheNoticeAsJSONOnStandardInput() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.script("hook", #"cat > "$1"; echo "argument 2: $2" >&2"#)
        let received = folder.file("received.json")
        // Through /bin/sh, not exec'ing the script itself: a test spawning at the same moment may hold
        // the script's write descriptor, and exec would fail with ETXTBSY.
        let hook = ReminderHook(arguments: ["/bin/sh", script, received, "Xã Bích Hòa; không shell *"], logger: logger)
        let outcome = await hook.run(SampleNotice.lead)
        #expect(outcome.ending == .exited(0))
        #expect(outcome.succeeded)
        #expect(outcome.standardError == "argument 2: Xã Bích Hòa; không shell *\n")
        let data = try Data(contentsOf: URL(fileURLWithPath: received))
        #expect(data.last == UInt8(ascii: "\n"))
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: data) == SampleNotice.lead)
    }

    @Test func exitStatusAndStandardErrorComeBack() async {
        let hook = ReminderHook(arguments: ["sh", "-c", "echo 'gửi thất bại' >&2; exit 3"], logger: logger)
        let outcome = await hook.run(SampleNotice.overdueLate)
        #expect(outcome.ending == .exited(3))
        #expect(!outcome.succeeded)
        #expect(outcome.standardError == "gửi thất bại\n")
    }

    @Test func aSignalIsReportedAsSuch() async {
        let outcome = await ReminderHook(arguments: ["sh", "-c", "kill -USR1 $$"], logger: logger).run(SampleNotice.lead)
        #expect(outcome.ending == .signalled(SIGUSR1))
    }

    @Test func aCommandPastItsTimeoutIsKilledWithItsChildren() async throws {
        let folder = try TemporaryFolder()
        let pidFile = folder.file("child.pid")
        let hook = ReminderHook(
            arguments: ["sh", "-c", "sleep 30 & echo $! > \(pidFile); wait"], timeout: .milliseconds(500), logger: logger)
        let outcome = await hook.run(SampleNotice.lead)
        #expect(outcome.ending == .timedOut)
        #expect(outcome.duration >= .milliseconds(500) && outcome.duration < .seconds(10))
        let child = try #require(pid_t(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // The background sleep was in the hook's process group: gone, or a zombie awaiting its reaper.
        var stillRunning = false
        for _ in 0..<100 {
            let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))
                .map { $0.split(separator: ")").last?.split(separator: " ").first.map(String.init) ?? "?" }
            stillRunning = state != nil && state != "Z"
            if !stillRunning { break }
            usleep(20_000)
        }
        #expect(!stillRunning)
    }

    @Test func aMissingProgramIsNotStartedWithENOENT() async {
        let outcome = await ReminderHook(arguments: ["/nonexistent/khuyenhoc-hook"], logger: logger).run(SampleNotice.lead)
        #expect(outcome.ending == .notStarted(errno: ENOENT))
        let fromPath = await ReminderHook(arguments: ["khuyenhoc-no-such-hook"], logger: logger).run(SampleNotice.lead)
        #expect(fromPath.ending == .notStarted(errno: ENOENT))
        let empty = await ReminderHook(arguments: [], logger: logger).run(SampleNotice.lead)
        #expect(empty.ending == .notStarted(errno: EINVAL))
    }

    @Test func aCommandThatIgnoresItsInputStillRuns() async {
        // It exits before reading: the input was written beforehand, so no SIGPIPE reaches anyone.
        let outcome = await ReminderHook(arguments: ["true"], logger: logger).run(SampleNotice.lead)
        #expect(outcome.ending == .exited(0))
    }

    @Test func hooksRunSideBySideWithoutHoldingTheCallersThreads() async throws {
        // Each hook marks that it runs, then waits until all of them run. More hooks than the
        // cooperative pool has threads: if a waiting hook held a thread, they could never all run at
        // once and would time out.
        let folder = try TemporaryFolder()
        let count = ProcessInfo.processInfo.activeProcessorCount + 2
        let marks = (0..<count).map { folder.file("running-\($0)") }
        let waitForAll = marks.map { "[ -e \($0) ]" }.joined(separator: " && ")
        let outcomes = await withTaskGroup(of: ReminderHookEnding.self) { group in
            for mark in marks {
                let hook = ReminderHook(
                    arguments: ["sh", "-c", "touch \(mark); until \(waitForAll); do sleep 0.05; done"],
                    timeout: .seconds(60), logger: logger)
                group.addTask { await hook.run(SampleNotice.lead).ending }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes == Array(repeating: .exited(0), count: count))
    }
}
