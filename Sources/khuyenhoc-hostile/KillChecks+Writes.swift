import Foundation
import struct KhuyenHocSample.SplitMix64

extension KillChecks {
    /// Two clients writing a seeded random mix of data-changing calls (communes, communities,
    /// households, people, evidence, rollout phases and plans, deadlines, merges) as fast as they
    /// are answered, the daemon killed after a random delay up to 1.5 s and started again on the
    /// same state. After each restart the registry passes `PRAGMA integrity_check`, every write
    /// answered before the kill reads back with its answered values (a removed deadline is gone),
    /// each unanswered write is wholly there or wholly absent, and no table lost rows.
    func writes(_ result: inout GroupResult) throws {
        var generator = generator(4)
        let daemon = try daemon("kill-writes", arguments: ["--no-sample"])
        try daemon.start()
        result.rssBefore = daemon.residentBytes()
        let clients = (0..<2).map { WriteMix(client: $0, generator: SplitMix64(seed: generator.next())) }
        var before = try Self.registry(daemon)
        var checked = 0
        for kill in 1...options.count(30, minimum: 5) {
            result.tried += 1
            let socket = daemon.socket
            let work = clients.map { client in BackgroundWork { client.run(socket: socket) } }
            Self.sleep(Self.delay(upTo: .milliseconds(1500), &generator))
            guard Self.kill(daemon, &result, "kill \(kill)") else { try daemon.start(); continue }
            work.forEach { $0.wait() }
            let after = try Self.restarted(daemon, &result, "kill \(kill)")
            // Deadlines are removed and plans overwritten on purpose (deadlines, rollout_deadlines,
            // deadline_reached): each is checked by its probe instead.
            let losses = before.losses(in: after).filter { !$0.contains("deadline") && !$0.hasPrefix("integrity") }
            if !losses.isEmpty {
                result.dataLost += losses.count
                result.fail("kill \(kill): rows committed earlier are gone: \(losses.joined(separator: "; "))")
            }
            before = after
            for client in clients {
                var lost = 0
                let (count, failures) = try client.check(socket: socket, lost: &lost)
                checked += count
                result.dataLost += lost
                failures.prefix(5).forEach { result.fail("kill \(kill): \($0)") }
            }
        }
        result.rssAfter = daemon.residentBytes()
        if !daemon.stop() { result.fail("did not stop cleanly after the kills: \(daemon.ending)") }
        let answered = clients.reduce(into: [String: Int]()) { all, client in all.merge(client.answered, uniquingKeysWith: +) }
        let refused = clients.reduce(into: [String: Int]()) { all, client in all.merge(client.refused, uniquingKeysWith: +) }
        let done = clients.map(\.unanswered.done).reduce(0, +), undone = clients.map(\.unanswered.undone).reduce(0, +)
        result.notes.append("the write in flight at a kill: \(done) found wholly done after the restart, \(undone) wholly not done (or no change to see)")
        result.notes.append("\(answered.values.reduce(0, +)) writes answered (\(answered.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))); \(checked) records read back after the restarts")
        result.declared = refused.values.reduce(0, +)
        if !refused.isEmpty {
            result.notes.append("declared refusals (not failures: a merge the registry's rules refuse, each named with its field): \(refused.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        }
    }
}
