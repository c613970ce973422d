import Foundation
import struct KhuyenHocSample.SplitMix64

extension KillChecks {
    /// A large people import killed at a random moment of it (upload, checks and writes, commit,
    /// answer), again and again on one registry: after each restart every table holds exactly
    /// what it held before or that plus the whole file, an answered import is there, the spool is
    /// empty; and at the end the same import once more succeeds.
    func imports(_ result: inout GroupResult) throws {
        var generator = generator(1)
        let daemon = try daemon("kill-import", arguments: ["--no-sample"])
        try daemon.start()
        defer { daemon.stop() }
        let rows = options.short ? 30_000 : 60_000
        let file = Self.people(rows)

        // The reference: the same import, uninterrupted, gives what "all" is and how long it takes.
        let empty = try Self.registry(daemon)
        let started = ContinuousClock.now
        let reference = ImportRun(socket: daemon.socket, table: "people", file: file).wait()
        let duration = ContinuousClock.now - started
        guard reference.value != nil else { throw HostileError.failed("the reference import failed: \(reference.summary)") }
        let whole = Self.difference(from: empty, to: try Self.registry(daemon))
        guard whole["people"] == rows else { throw HostileError.failed("the reference import added \(whole) rows, not \(rows) people") }
        result.rssBefore = daemon.residentBytes()
        result.notes.append("imports of \(rows) people (\(file.count >> 10) KiB) over the socket: the uninterrupted one took \(Self.seconds(duration)) s and added \(whole.sorted { $0.key < $1.key }.map { "\($0.key) +\($0.value)" }.joined(separator: ", "))")

        var steps: [ImportRun.Step: Int] = [:]
        var leftovers = 0
        var applied = 0
        for kill in 1...options.count(30, minimum: 5) {
            result.tried += 1
            let before = try Self.registry(daemon)
            let run = ImportRun(socket: daemon.socket, table: "people", file: file)
            // Up to 15 % past the reference's end, so that some kills land after the answer.
            Self.sleep(Self.delay(upTo: duration * 1.15, &generator))
            let step = run.step
            guard Self.kill(daemon, &result, "kill \(kill) \(step.rawValue)") else { try daemon.start(); continue }
            steps[step, default: 0] += 1
            let reply = run.wait()
            let after = try Self.restarted(daemon, &result, "kill \(kill) \(step.rawValue)")
            let added = Self.difference(from: before, to: after)
            switch added {
            case [:]:
                if reply.value != nil {
                    result.dataLost += 1
                    result.fail("kill \(kill): FinishImport answered, but the rows are not there after the restart")
                }
            case whole:
                applied += 1
            default:
                result.dataLost += 1
                result.fail("kill \(kill) \(step.rawValue): half an import: \(added) instead of nothing or \(whole)")
            }
            let spool = Self.spoolLeftovers(daemon)
            if !spool.isEmpty {
                leftovers += 1
                result.fail("kill \(kill): the spool folder holds \(spool) after the restart")
            }
        }
        result.notes.append("kills: " + steps.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
            + "; \(applied) found the whole file imported, \(result.tried - applied) nothing; the spool was empty after \(result.tried - leftovers) of \(result.tried) restarts (the daemon empties it at start)")

        result.tried += 1
        let before = try Self.registry(daemon)
        let again = ImportRun(socket: daemon.socket, table: "people", file: file).wait()
        let added = Self.difference(from: before, to: try Self.registry(daemon))
        if again.value == nil || added != whole { result.fail("the same import after the kills: \(again.summary), \(added)") }
        result.rssAfter = daemon.residentBytes()
    }

    /// The tables whose row count changed, with by how much.
    static func difference(from before: RegistrySnapshot, to after: RegistrySnapshot) -> [String: Int] {
        var changed: [String: Int] = [:]
        for table in Set(before.counts.keys).union(after.counts.keys) {
            let change = (after.counts[table] ?? 0) - (before.counts[table] ?? 0)
            if change != 0 { changed[table] = change }
        }
        return changed
    }

    /// `count` people without ids or households (the registry numbers them), so that the same
    /// file can be imported again and again.
    static func people(_ count: Int) -> [UInt8] {
        var text = "Họ và tên;Năm sinh;Giới tính;Biết chữ\r\n"
        text.reserveCapacity(count * 40)
        for index in 1...count {
            text += "Nguyễn Thị Hoà \(index);\(1950 + index % 60);\(index % 2 == 0 ? "nữ" : "nam");có\r\n"
        }
        return Array(text.utf8)
    }
}
