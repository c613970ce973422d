import Foundation
import struct KhuyenHocSample.SplitMix64
#if canImport(Glibc)
import Glibc
#endif

/// SIGKILL at random moments (issue 6, item 4): during a large import, during a roll-up with a
/// burst of evaluations beside it, and during reminder delivery. Each row starts daemons of its
/// own in fresh folders, kills them after a seeded random delay and starts them again on the same
/// state. After each restart the registry must pass `PRAGMA integrity_check`, hold an import
/// whole or not at all, have lost no committed row, and hold every reminder exactly once.
struct KillChecks {
    let executable: String
    /// The daemon's arguments (config, plugins, rubrics), without socket and state folder.
    let arguments: [String]
    let options: HostileOptions
    let temporary: (String) throws -> String

    func run() -> [GroupResult] {
        print("… SIGKILL at random moments", terminator: "")
        defer { print("") }
        return [
            row("SIGKILL during imports", imports),
            row("SIGKILL during evaluations", evaluations),
            row("SIGKILL during reminder delivery", reminders),
            row("SIGKILL during writes", writes),
        ]
    }

    /// Runs one row; the suite's own trouble (a daemon that does not start again) fails it.
    private func row(_ name: String, _ body: (inout GroupResult) throws -> Void) -> GroupResult {
        print(" …", terminator: "")
        var result = GroupResult(name)
        let started = ContinuousClock.now
        do {
            try body(&result)
        } catch {
            result.fail("\(error)")
        }
        result.notes.append("took \(Self.seconds(ContinuousClock.now - started)) s")
        return result
    }

    /// A generator for one row: a row's choices stay the same whatever the other rows do.
    func generator(_ row: UInt64) -> SplitMix64 {
        var seeding = SplitMix64(seed: options.seed ^ (row &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: seeding.next())
    }

    /// A daemon in a fresh folder, not started.
    func daemon(_ name: String, arguments extra: [String] = []) throws -> DaemonUnderTest {
        DaemonUnderTest(executable: executable, folder: try temporary(name), arguments: arguments + extra)
    }

    /// A delay from zero up to `limit`, drawn from `generator`.
    static func delay(upTo limit: Duration, _ generator: inout SplitMix64) -> Duration {
        let nanoseconds = max(1, limit.components.seconds * 1_000_000_000 + limit.components.attoseconds / 1_000_000_000)
        return .nanoseconds(Int64.random(in: 0..<nanoseconds, using: &generator))
    }

    static func sleep(_ duration: Duration) {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        if microseconds > 0 { usleep(useconds_t(clamping: microseconds)) }
    }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    /// Kills `daemon` with SIGKILL; a daemon that was already dead crashed, which is counted.
    @discardableResult
    static func kill(_ daemon: DaemonUnderTest, _ result: inout GroupResult, _ what: String) -> Bool {
        guard daemon.killHard() else {
            result.crashes += 1
            result.fail("\(what): khuyenhocd died before the kill (\(daemon.ending)): \(daemon.log().suffix(400))")
            return false
        }
        return true
    }

    /// The registry's row counts and integrity, with the state folder's spool.
    static func registry(_ daemon: DaemonUnderTest) throws -> RegistrySnapshot {
        try RegistrySnapshot(database: daemon.stateDirectory + "/registry.sqlite")
    }

    /// Starts the killed daemon again on its state and reads the registry it left; a failed
    /// `integrity_check` is data lost, reported under `label`.
    static func restarted(_ daemon: DaemonUnderTest, _ result: inout GroupResult, _ label: String) throws -> RegistrySnapshot {
        try daemon.start()
        let after = try registry(daemon)
        if after.integrity != "ok" {
            result.dataLost += 1
            result.fail("\(label): integrity_check says \(after.integrity.prefix(200))")
        }
        return after
    }

    /// What a restart left in the spool folder (it empties it at start).
    static func spoolLeftovers(_ daemon: DaemonUnderTest) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: daemon.stateDirectory + "/spool")) ?? []
    }
}
