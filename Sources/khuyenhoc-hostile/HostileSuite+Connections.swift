import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Clients that misbehave as connections: slow, too many, vanishing, never reading.
extension HostileSuite {
    func slowClients() {
        let clients = 5
        group("slow clients (1 byte/s, idle timeout \(idleTimeoutSeconds) s)") { result in
            let call = Array(#"{"method":"vn.khuyenhoc.Service.GetStatus"}"#.utf8)
            let connections = try (0..<clients).map { _ in try UnixConnection(path: daemon.socket) }
            var closedAfter: [Int: Duration] = [:]
            let start = ContinuousClock.now
            // Bounded: the idle timeout plus a margin; a byte a second would take 44 s to finish the call.
            let bound = Duration.seconds(idleTimeoutSeconds + 4)
            var sent = 0
            while ContinuousClock.now - start < bound, closedAfter.count < clients {
                for (index, connection) in connections.enumerated() where closedAfter[index] == nil {
                    if connection.isClosedByPeer() || !connection.send([call[sent % call.count]]) {
                        closedAfter[index] = ContinuousClock.now - start
                    }
                }
                sent += 1
                usleep(1_000_000)
            }
            for index in 0..<clients {
                result.tried += 1
                if let after = closedAfter[index] {
                    result.closed += 1
                    result.notes.append("slow client \(index) closed by the daemon after \(after.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))")
                } else {
                    result.fail("slow client \(index): still open after \(bound) of one byte a second (idle timeout \(idleTimeoutSeconds) s)")
                }
            }
            connections.forEach { $0.close() }
        }
    }

    func manyConnections() {
        let total = options.count(1_000, minimum: 300)
        group("\(total) connections at once (limit \(maximumConnections))") { result in
            var open: [UnixConnection] = []
            var refusedAtConnect = 0
            for _ in 0..<total {
                do {
                    open.append(try UnixConnection(path: daemon.socket, nonBlocking: true))
                } catch {
                    // A full listen backlog: the kernel refuses before the daemon sees it.
                    refusedAtConnect += 1
                }
            }
            var admitted: [UnixConnection] = []
            var refusals = 0
            for connection in open {
                // A refused connection gets its error frame and is closed; an admitted one hears nothing.
                switch connection.receive(timeout: .milliseconds(connection === open.first ? 500 : 5)) {
                case .timedOut:
                    admitted.append(connection)
                case .closed:
                    result.count(.closed, "a connection over the limit")
                case .frame(let data):
                    let outcome = judge.outcome(ofFrame: data)
                    result.count(outcome, "a connection over the limit")
                    if case .declaredError(let name) = outcome, name.hasSuffix("TooManyConnections") { refusals += 1 }
                    if !connection.isClosedByPeer(within: .seconds(2)) { result.fail("a refused connection stayed open") }
                }
            }
            // The admitted ones are served.
            var served = 0
            for connection in admitted {
                let outcome: Outcome = connection.send(frame: #"{"method":"vn.khuyenhoc.Service.GetStatus"}"#) ? judge.outcome(of: connection) : .closed
                if case .answered = outcome { served += 1 }
                result.count(outcome, "an admitted connection's call")
            }
            result.tried += refusedAtConnect
            result.closed += refusedAtConnect
            open.forEach { $0.close() }
            result.notes.append("\(served) served, \(refusals) refused with TooManyConnections, \(refusedAtConnect) refused by the kernel (backlog full)")
            if served > maximumConnections { result.fail("\(served) connections served at once, the limit is \(maximumConnections)") }
            if served == 0 { result.fail("no connection was served") }
        }
    }

    func vanishingClients() {
        group("clients that vanish mid-stream and mid-frame") { result in
            let streams = [
                #"{"method":"vn.khuyenhoc.Registry.Backup","more":true}"#,
                #"{"method":"vn.khuyenhoc.Registry.Export","parameters":{"table":"people"},"more":true}"#,
                #"{"method":"vn.khuyenhoc.Registry.Export","parameters":{"table":"households"},"more":true}"#,
            ]
            var midStream = 0
            for index in 0..<options.count(30, minimum: 9) {
                let connection = try UnixConnection(path: daemon.socket)
                connection.send(frame: streams[index % streams.count])
                result.tried += 1
                switch connection.receive(timeout: .seconds(30)) {
                case .frame(let data):
                    let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
                    if reply?["continues"] as? Bool == true { midStream += 1 }
                    if let error = reply?["error"] as? String { result.fail("\(streams[index % streams.count]): \(error)") }
                case .closed: result.closed += 1
                case .timedOut: result.fail("\(streams[index % streams.count]): no first reply in 30 s")
                }
                connection.close()
            }
            for index in 0..<options.count(100, minimum: 20) {
                let connection = try UnixConnection(path: daemon.socket)
                let text = Array(streams[index % streams.count].utf8)
                connection.send(Array(text.prefix(index % text.count)))
                connection.close()
                result.tried += 1
                result.closed += 1
            }
            result.notes.append("\(midStream) streams left after their first chunk")
            // A backup in the spool folder is removed when its stream ends, however it ends.
            let spool = daemon.stateDirectory + "/spool"
            let deadline = ContinuousClock.now + .seconds(15)
            var left: [String] = []
            repeat {
                left = (try? FileManager.default.contentsOfDirectory(atPath: spool)) ?? []
                if left.isEmpty { break }
                usleep(200_000)
            } while ContinuousClock.now < deadline
            if !left.isEmpty { result.fail("spool files left 15 s after their clients vanished: \(left.prefix(5))") }
        }
    }

    func watchersThatNeverRead() {
        let watchers = options.count(200, minimum: 50)
        let deadlines = options.count(20, minimum: 5)
        group("\(watchers) Watch subscribers that never read, \(deadlines) reminders delivered") { result in
            var subscribers: [UnixConnection] = []
            for _ in 0..<watchers {
                let connection = try UnixConnection(path: daemon.socket)
                var small: Int32 = 1
                setsockopt(connection.descriptor, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
                connection.send(frame: #"{"method":"vn.khuyenhoc.Reminders.Watch","more":true}"#)
                subscribers.append(connection)
                result.tried += 1
            }
            // One subscriber that does read: the others must not hold up its reminders.
            let reader = try UnixConnection(path: daemon.socket)
            reader.send(frame: #"{"method":"vn.khuyenhoc.Reminders.Watch","more":true}"#)
            let writer = try UnixConnection(path: daemon.socket)
            let formatter = ISO8601DateFormatter()
            let since = formatter.string(from: Date().addingTimeInterval(-1))
            let deliveredBefore = try deliveredCount(writer, since: since)
            var titles: [Int: String] = [:]
            for index in 0..<deadlines {
                let due = formatter.string(from: Date().addingTimeInterval(2 + Double(index) * 0.1))
                let title = "Hạn thử \(index)"
                let reply = try call(writer, #"{"method":"vn.khuyenhoc.Reminders.AddDeadline","parameters":{"deadline":{"title":"\#(title)","dueAt":"\#(due)","leadTimes":[1],"overdueInterval":0}}}"#)
                result.tried += 1
                if let error = reply["error"] as? String {
                    result.fail("AddDeadline: \(error) \(reply["parameters"] ?? "")")
                } else {
                    result.answered += 1
                    let deadline = (reply["parameters"] as? [String: Any])?["deadline"] as? [String: Any]
                    if let id = deadline?["id"] as? Int { titles[id] = title }
                }
            }
            // leadTimes [1] and no overdue repeats: one reminder each.
            let expected = deliveredBefore + deadlines
            let until = ContinuousClock.now + .seconds(20)
            var delivered = deliveredBefore
            var heard: [Int: String] = [:]
            while ContinuousClock.now < until {
                if case .frame(let data) = reader.receive(timeout: .milliseconds(250)),
                   let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                   let notice = (reply["parameters"] as? [String: Any])?["reminder"] as? [String: Any],
                   let id = notice["deadlineId"] as? Int, titles[id] != nil {
                    heard[id] = notice["title"] as? String
                }
                delivered = try deliveredCount(writer, since: since)
                if delivered >= expected, heard.count == titles.count { break }
            }
            if delivered < expected {
                result.fail("\(delivered - deliveredBefore) of \(deadlines) reminders delivered within 20 s while \(watchers) subscribers did not read")
            }
            if heard.count < titles.count {
                result.fail("the subscriber that reads heard \(heard.count) of \(titles.count) reminders within 20 s")
            }
            for (id, title) in heard where titles[id] != title {
                result.fail("deadline \(id): Watch gave the title \(title.debugDescription), not \(titles[id]!.debugDescription)")
            }
            result.notes.append("\(delivered - deliveredBefore) reminders recorded delivered and \(heard.count) heard by the one subscriber that reads, while \(watchers) never read")
            reader.close()
            subscribers.forEach { $0.close() }
        }
    }

    private func deliveredCount(_ connection: UnixConnection, since: String) throws -> Int {
        let reply = try call(connection, #"{"method":"vn.khuyenhoc.Reminders.ListDelivered","parameters":{"since":"\#(since)","limit":1000}}"#)
        guard let parameters = reply["parameters"] as? [String: Any] else {
            throw HostileError.failed("ListDelivered: \(reply["error"] ?? reply)")
        }
        return (parameters["deliveries"] as? [Any])?.count ?? 0
    }
}
