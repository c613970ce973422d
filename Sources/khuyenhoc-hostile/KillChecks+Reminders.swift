import Foundation
import struct KhuyenHocSample.SplitMix64

extension KillChecks {
    /// Deadlines whose reminders fall due over a few seconds, five at a time, with a hook command
    /// that appends each reminder it gets to a file; the daemon is killed at random moments and
    /// started again until every reminder is due and it is idle. Then each reminder must be
    /// recorded exactly once and marked announced, and the hook must have had each at least once;
    /// how many reached the hook twice is counted (a kill while the hook runs repeats it).
    func reminders(_ result: inout GroupResult) throws {
        var generator = generator(3)
        var twice = 0, kills = 0, expected = 0
        for _ in 1...(options.short ? 1 : 3) {
            let round = try reminderRound(&generator, &result)
            twice += round.twice
            kills += round.kills
            expected += round.expected
        }
        result.notes.append("\(expected) reminders due over \(options.short ? 4 : 8) s, \(kills) kills; \(twice) reached the hook twice (a kill while their hook ran: at least once for the hook, exactly once for the record)")
    }

    private func reminderRound(_ generator: inout SplitMix64, _ result: inout GroupResult) throws -> (expected: Int, kills: Int, twice: Int) {
        let folder = try temporary("kill-remind")
        let hookLog = folder + "/hook.jsonl"
        let config = folder + "/hook-config.json"
        // A tenth of a second, as a command that sends a message takes: five reminders due at
        // once keep the hook busy for half a second, and a kill may come while they wait their turn.
        let hook = ["/bin/sh", "-c", "sleep 0.1; cat >> '\(hookLog)'"]
        let settings: [String: Any] = ["desktopNotifications": false, "reminderHook": hook]
        try JSONSerialization.data(withJSONObject: settings).write(to: URL(fileURLWithPath: config))
        var arguments = self.arguments
        if let index = arguments.firstIndex(of: "--config"), index + 1 < arguments.count {
            arguments[index + 1] = config
        } else {
            arguments += ["--config", config]
        }
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments + ["--no-sample"])
        try daemon.start()
        result.rssBefore = result.rssBefore ?? daemon.residentBytes()

        // Deadlines in groups of five due at one instant, the groups spread over a few seconds;
        // each has two reminders, one and two seconds before it.
        let deadlines = options.short ? 20 : 40
        let spread = options.short ? 4.0 : 8.0
        let first = Date().addingTimeInterval(4)
        let stamp = ISO8601DateFormatter()
        stamp.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let connection = try UnixConnection(path: daemon.socket)
        var last = first
        for index in 0..<deadlines {
            let due = first.addingTimeInterval(spread * Double(index / 5) / Double(max(1, deadlines / 5 - 1)))
            last = max(last, due)
            let deadline: [String: Any] = [
                "title": "Kill check \(index)", "dueAt": stamp.string(from: due), "leadTimes": [1, 2], "overdueInterval": 0,
            ]
            let reply = connection.call("vn.khuyenhoc.Reminders.AddDeadline", ["deadline": deadline])
            guard reply.value != nil else { throw HostileError.failed("AddDeadline: \(reply.summary)") }
        }
        connection.close()
        let expected = deadlines * 2

        var kills = 0
        while Date() < last.addingTimeInterval(-0.5) {
            Self.sleep(Self.delay(upTo: .milliseconds(1200), &generator))
            kills += 1
            result.tried += 1
            guard Self.kill(daemon, &result, "kill \(kills) during reminder delivery") else { try daemon.start(); continue }
            try daemon.start()
        }

        // Idle: every reminder recorded and announced, and the hook had them all (or 60 s passed).
        let database = daemon.stateDirectory + "/registry.sqlite"
        var rows: [Substring] = []
        var hooked: [Int: Int] = [:]
        let deadline = ContinuousClock.now + .seconds(60)
        repeat {
            usleep(100_000)
            rows = try RegistrySnapshot.sqlite(
                database, "SELECT id, deadline_id, occurrence, kind, n, announced_at IS NOT NULL FROM reminder_deliveries ORDER BY id;"
            ).split(separator: "\n")
            hooked = Self.hookCalls(hookLog)
        } while ContinuousClock.now < deadline
            && (rows.count < expected || rows.contains { $0.hasSuffix("|0") } || hooked.count < rows.count)
        guard daemon.isRunning else { throw HostileError.failed("khuyenhocd died after the kills: \(daemon.log().suffix(400))") }
        let integrity = try RegistrySnapshot.sqlite(database, "PRAGMA integrity_check;").trimmingCharacters(in: .whitespacesAndNewlines)
        if integrity != "ok" {
            result.dataLost += 1
            result.fail("integrity_check says \(integrity.prefix(200))")
        }
        result.rssAfter = daemon.residentBytes()
        if !daemon.stop() { result.fail("did not stop cleanly after the kills: \(daemon.ending)") }

        let identities = Set(rows.map { $0.split(separator: "|").dropFirst().prefix(4).joined(separator: "|") })
        if identities.count != rows.count { result.fail("a reminder recorded twice: \(rows.count) deliveries of \(identities.count) reminders") }
        if rows.count < expected {
            result.dataLost += expected - rows.count
            result.fail("\(expected - rows.count) of \(expected) reminders never recorded after \(kills) kills")
        } else if rows.count > expected {
            result.fail("\(rows.count) deliveries recorded for \(expected) reminders")
        }
        let unannounced = rows.filter { $0.hasSuffix("|0") }.count
        if unannounced > 0 { result.fail("\(unannounced) deliveries never marked announced") }
        let ids = rows.compactMap { $0.split(separator: "|").first.flatMap { Int($0) } }
        let neverHooked = ids.filter { hooked[$0] == nil }
        if !neverHooked.isEmpty {
            result.dataLost += neverHooked.count
            result.fail("\(neverHooked.count) of \(ids.count) deliveries never reached the hook (ids \(neverHooked.prefix(10)))")
        }
        return (expected, kills, hooked.values.filter { $0 > 1 }.count)
    }

    /// How many times the hook got each delivery, by delivery id.
    static func hookCalls(_ path: String) -> [Int: Int] {
        var calls: [Int: Int] = [:]
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let id = object["deliveryId"] as? Int else { continue }
            calls[id, default: 0] += 1
        }
        return calls
    }
}
