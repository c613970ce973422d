import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the hostile cases against one daemon, group by group, and keeps each group's row.
final class HostileSuite {
    let daemon: DaemonUnderTest
    let options: HostileOptions
    var interfaces: [InterfaceDescription] = []
    var judge = ReplyJudge(declaredErrors: [])
    var factory = ValueFactory(types: [:])
    var results: [GroupResult] = []
    let idleTimeoutSeconds = 3
    let maximumConnections = 256
    let maximumFrameSize = 1 << 20

    init(daemon: DaemonUnderTest, options: HostileOptions) {
        self.daemon = daemon
        self.options = options
    }

    var database: String { daemon.stateDirectory + "/registry.sqlite" }

    /// Reads every interface the daemon serves from the daemon itself, so no method is forgotten.
    func describeInterfaces() throws {
        let connection = try UnixConnection(path: daemon.socket)
        let info = try call(connection, #"{"method":"org.varlink.service.GetInfo"}"#)
        guard let names = (info["parameters"] as? [String: Any])?["interfaces"] as? [String] else {
            throw HostileError.failed("GetInfo gave no interfaces")
        }
        interfaces = try names.map { name in
            let reply = try call(connection, #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"\#(name)"}}"#)
            guard let text = (reply["parameters"] as? [String: Any])?["description"] as? String else {
                throw HostileError.failed("no description of \(name)")
            }
            return InterfaceDescription(text: text)
        }
        judge = ReplyJudge(declaredErrors: interfaces.reduce(into: Set<String>()) { $0.formUnion($1.errors) })
        factory = ValueFactory(types: interfaces.reduce(into: [String: IDLType]()) { all, interface in
            all.merge(interface.types) { first, _ in first }
        })
    }

    /// Every method, qualified, with its parameters.
    var methods: [(interface: String, method: InterfaceDescription.Method)] {
        interfaces.flatMap { interface in interface.methods.map { (interface.name, $0) } }
    }

    /// One call on an open connection; its reply (an error reply too) as a dictionary.
    func call(_ connection: UnixConnection, _ text: String, timeout: Duration = .seconds(30)) throws -> [String: Any] {
        guard connection.send(frame: text) else { throw HostileError.failed("the daemon closed the connection") }
        guard case .frame(let data) = connection.receive(timeout: timeout),
              let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw HostileError.failed("no reply to \(text.prefix(120))")
        }
        return reply
    }

    /// The most RSS a daemon that started at `before` may have after a group: +max(10 MiB, 20 %).
    static func allowedRSS(after before: Int) -> Int { before + max(10 << 20, before / 5) }

    /// The daemon's RSS once it is at most `allowed`, or as it is after 10 s of waiting for it
    /// to give pages back.
    func settledRSS(within allowed: Int) -> Int? {
        let deadline = ContinuousClock.now + .seconds(10)
        var rss = daemon.residentBytes()
        while ContinuousClock.now < deadline, let current = rss, current > allowed {
            usleep(250_000)
            rss = daemon.residentBytes()
        }
        return rss
    }

    /// A normal call's time: the median of 30 `GetStatus` round trips on one connection.
    func normalCallLatency() -> Duration? {
        guard let connection = try? UnixConnection(path: daemon.socket) else { return nil }
        var times: [Duration] = []
        for _ in 0..<30 {
            let start = ContinuousClock.now
            guard (try? call(connection, #"{"method":"vn.khuyenhoc.Service.GetStatus"}"#, timeout: .seconds(10))) != nil else { return nil }
            times.append(ContinuousClock.now - start)
        }
        return times.sorted()[times.count / 2]
    }

    /// Runs one group between a before and an after measurement and keeps its row.
    /// The rules: the daemon still runs (else a crash, and it is started again for the next
    /// group); no table lost rows and `integrity_check` is ok; RSS within +max(10 MiB, 20 %)
    /// of before, within 10 s; the median normal call within max(3 × before, before + 5 ms).
    func group(_ name: String, _ body: (inout GroupResult) throws -> Void) {
        var result = GroupResult(name)
        print("… \(name)", terminator: "")
        fflush(nil)
        let started = ContinuousClock.now
        let before = try? RegistrySnapshot(database: database)
        result.rssBefore = daemon.residentBytes()
        result.latencyBefore = normalCallLatency()
        do {
            try body(&result)
        } catch {
            result.fail("the group stopped: \(error)")
        }
        if result.skipped == nil { check(&result, before: before) }
        print(" \(ContinuousClock.now - started)")
        results.append(result)
    }

    private func check(_ result: inout GroupResult, before: RegistrySnapshot?) {
        guard daemon.isRunning else {
            result.crashes += 1
            result.fail("khuyenhocd ended: \(daemon.ending); its log ends: \(daemon.log().suffix(400))")
            _ = try? daemon.start()
            return
        }
        if let rssBefore = result.rssBefore {
            let allowed = Self.allowedRSS(after: rssBefore)
            result.rssAfter = settledRSS(within: allowed)
            if let after = result.rssAfter, after > allowed {
                result.fail("RSS \(after >> 20) MiB after, more than \(allowed >> 20) MiB allowed")
            }
        }
        result.latencyAfter = normalCallLatency()
        if let before = result.latencyBefore {
            if let after = result.latencyAfter {
                if after > max(before * 3, before + .milliseconds(5)) {
                    result.fail("a normal call took \(after) after, \(before) before")
                }
            } else {
                result.fail("no normal call answered afterwards")
            }
        }
        if let before, let after = try? RegistrySnapshot(database: database) {
            let lost = before.losses(in: after)
            result.dataLost += lost.count
            result.failures += lost.map { "data lost: \($0)" }
        }
    }
}
