import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Another user on the socket, the modes of what the daemon creates.
extension HostileSuite {
    /// Verbs of the methods that change data; a method named so must be refused to another user.
    static let writingVerbs = ["Add", "Update", "Remove", "Put", "Set", "Apply", "Record", "Begin", "Append",
                               "Finish", "Cancel", "Acknowledge", "Mark", "Reload", "Release", "EvaluateSubject", "EvaluateArea"]

    func fileModes() {
        group("file modes (user mode)") { result in
            func mode(_ path: String) -> mode_t? {
                var information = stat()
                return lstat(path, &information) == 0 ? information.st_mode : nil
            }
            func expectPrivate(_ path: String, exact: mode_t? = nil) {
                result.tried += 1
                guard let found = mode(path) else {
                    result.notes.append("\((path as NSString).lastPathComponent): absent")
                    return
                }
                let permissions = found & 0o7777
                result.notes.append("\((path as NSString).lastPathComponent) \(String(permissions, radix: 8))")
                if permissions & 0o077 != 0 || (exact.map { permissions != $0 } ?? false) {
                    result.fail("\(path) has mode \(String(permissions, radix: 8))")
                }
            }
            expectPrivate(daemon.socket, exact: 0o600)
            expectPrivate(daemon.stateDirectory)
            expectPrivate(database)
            expectPrivate(database + "-wal")
            expectPrivate(database + "-shm")
            expectPrivate(daemon.stateDirectory + "/spool", exact: 0o700)
            // A backup being sent sits in the spool folder: look at it before reading a byte.
            let connection = try UnixConnection(path: daemon.socket)
            connection.send(frame: #"{"method":"vn.khuyenhoc.Registry.Backup","more":true}"#)
            let spool = daemon.stateDirectory + "/spool"
            var files: [String] = []
            let deadline = ContinuousClock.now + .seconds(10)
            while files.isEmpty, ContinuousClock.now < deadline {
                files = (try? FileManager.default.contentsOfDirectory(atPath: spool)) ?? []
                if files.isEmpty { usleep(5_000) }
            }
            for file in files { expectPrivate(spool + "/" + file, exact: 0o600) }
            if files.isEmpty { result.fail("no backup file showed up in the spool folder within 10 s") }
            connection.close()
        }
    }

    func anotherUser() {
        group("permissions: another user (uid 65534)") { result in
            guard getuid() == 0 else {
                result.skipped = "skipped: needs root (setpriv to uid 65534)"
                return
            }
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                  (try? Command.run("socat", ["-V"]))?.status == 0 else {
                result.skipped = "skipped: needs setpriv and socat"
                return
            }
            // Let uid 65534 reach the socket for this group only.
            chmod(daemon.folder, 0o755)
            chmod(daemon.socket, 0o666)
            defer {
                chmod(daemon.socket, 0o600)
                chmod(daemon.folder, 0o700)
            }
            let before = try RegistrySnapshot.dump(database: database)
            var refused = Set<String>()
            var documented = Set<String>()
            var readsAnswered = 0
            var calls: [(String, String)] = []
            for (interface, method) in methods {
                let name = "\(interface).\(method.name)"
                let doc = interfaces.first { $0.name == interface }?.documentation[method.name] ?? ""
                if doc.contains("rivileged") || doc.contains("owner, root") { documented.insert(name) }
                calls.append((name, #"{"method":"\#(name)","parameters":\#(factory.parameters(method, replacing: "", with: ""))}"#))
            }
            // Valid calls that would change data if allowed.
            calls += [
                ("vn.khuyenhoc.Registry.AddCommune", #"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"99998","name":"Xã Thử Quyền"}}"#),
                ("vn.khuyenhoc.Reminders.AddDeadline", #"{"method":"vn.khuyenhoc.Reminders.AddDeadline","parameters":{"deadline":{"title":"Thử","dueDate":"2030-01-01"}}}"#),
                ("vn.khuyenhoc.Service.Reload", #"{"method":"vn.khuyenhoc.Service.Reload"}"#),
                ("vn.khuyenhoc.Registry.BeginImport", #"{"method":"vn.khuyenhoc.Registry.BeginImport","parameters":{"table":"communes"}}"#),
            ]
            // Reads with valid parameters must be answered.
            let reads = [
                ("vn.khuyenhoc.Service.GetStatus", #"{"method":"vn.khuyenhoc.Service.GetStatus"}"#),
                ("vn.khuyenhoc.Models.ListModels", #"{"method":"vn.khuyenhoc.Models.ListModels"}"#),
                ("vn.khuyenhoc.Registry.ListCommunes", #"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"limit":3}}"#),
                ("vn.khuyenhoc.Registry.ListPeople", #"{"method":"vn.khuyenhoc.Registry.ListPeople","parameters":{"limit":3}}"#),
                ("vn.khuyenhoc.Reminders.ListDeadlines", #"{"method":"vn.khuyenhoc.Reminders.ListDeadlines"}"#),
                ("vn.khuyenhoc.Rollout.GetMatrix", #"{"method":"vn.khuyenhoc.Rollout.GetMatrix"}"#),
                ("vn.khuyenhoc.Reports.Progress", #"{"method":"vn.khuyenhoc.Reports.Progress","parameters":{"year":2025}}"#),
            ]
            calls += reads
            let mustAnswer = Set(reads.map { $0.1 })
            for (name, frame) in calls {
                let run = try Command.run(
                    "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "socat", "-t", "10", "-", "UNIX-CONNECT:\(daemon.socket)"],
                    input: Data((frame + "\0").utf8))
                let reply = run.output.split(separator: "\0").first.flatMap {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
                }
                guard let reply else {
                    result.count(.closed, name)
                    result.fail("\(name) as uid 65534: no reply (\(run.error.prefix(200)))")
                    continue
                }
                if let error = reply["error"] as? String {
                    if mustAnswer.contains(frame) { result.fail("\(name), a read, failed for uid 65534: \(error)") }
                    result.count(judge.isDeclared(error) ? .declaredError(error) : .undeclaredError(error), "\(name) as uid 65534")
                    if error == "org.varlink.service.PermissionDenied" { refused.insert(name) }
                } else {
                    result.count(.answered, name)
                    readsAnswered += 1
                }
            }
            let all = Set(methods.map { "\($0.interface).\($0.method.name)" })
            let writing = all.filter { name in Self.writingVerbs.contains { name.split(separator: ".").last!.hasPrefix($0) } }
            for name in writing.subtracting(refused).sorted() { result.fail("\(name) changes data but was not refused to uid 65534") }
            for name in documented.subtracting(refused).sorted() { result.fail("\(name) is documented as privileged but was not refused") }
            let readsRefused = refused.subtracting(writing)
            result.notes.append("\(refused.count) methods refused (PermissionDenied), \(writing.count) of them change data; \(all.count - refused.count) open, \(readsAnswered) calls answered")
            if !readsRefused.isEmpty { result.notes.append("refused though they only read: \(readsRefused.sorted().joined(separator: ", "))") }
            let undocumented = refused.subtracting(documented)
            if !undocumented.isEmpty { result.notes.append("refused, and the method's own IDL comment does not say so (the interface header may): \(undocumented.sorted().joined(separator: ", "))") }
            let after = try RegistrySnapshot.dump(database: database)
            if after != before {
                result.dataLost += 1
                result.fail("the registry changed while uid 65534 called")
            }
        }
    }
}
