import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Symlinks planted where the daemon creates its files: each case starts a fresh daemon whose
/// state or runtime folder holds one, pointing at a file or folder outside that must stay as it is.
struct SymlinkChecks {
    let executable: String
    let arguments: [String]
    let temporary: (String) throws -> String

    /// A planted link: where it sits (relative to the daemon's folder) and whether it points at a folder.
    struct Plant {
        var name: String
        var link: String
        var targetIsFolder = false
    }

    static let plants = [
        Plant(name: "registry.sqlite", link: "state/registry.sqlite"),
        Plant(name: "registry.sqlite-wal", link: "state/registry.sqlite-wal"),
        Plant(name: "registry.sqlite-shm", link: "state/registry.sqlite-shm"),
        Plant(name: "the spool folder", link: "state/spool", targetIsFolder: true),
        Plant(name: "plugin-crash", link: "state/plugin-crash"),
        Plant(name: "plugin-health.json", link: "state/plugin-health.json"),
        Plant(name: "the socket path", link: "khuyenhocd.sock"),
    ]

    func run() -> GroupResult {
        var result = GroupResult("planted symlinks (state and runtime folder)")
        for plant in Self.plants {
            result.tried += 1
            do {
                let verdict = try check(plant)
                result.notes.append("\(plant.name): \(verdict.what)")
                if let failure = verdict.failure { result.fail("\(plant.name): \(failure)") }
                if verdict.crashed { result.crashes += 1 }
                if verdict.refused { result.closed += 1 } else { result.answered += 1 }
            } catch {
                result.fail("\(plant.name): \(error)")
            }
        }
        return result
    }

    private struct Verdict {
        var what: String
        var failure: String?
        var refused = false
        var crashed = false
    }

    private func check(_ plant: Plant) throws -> Verdict {
        let folder = try temporary("symlink")
        let outside = try temporary("outside")
        mkdir(folder + "/state", 0o700)
        let target = outside + "/precious"
        // An empty file is what SQLite would take for a new database: the strictest bait.
        let content = plant.targetIsFolder ? Data("precious: must stay as it is\n".utf8) : Data()
        if plant.targetIsFolder {
            mkdir(target, 0o755)
            _ = FileManager.default.createFile(atPath: target + "/keep.txt", contents: content)
            chmod(target + "/keep.txt", 0o644)
        } else {
            _ = FileManager.default.createFile(atPath: target, contents: content)
            chmod(target, 0o644)
        }
        symlink(target, folder + "/" + plant.link)
        let daemon = DaemonUnderTest(executable: executable, folder: folder, arguments: arguments)
        let started = daemon.startAllowingRefusal()
        if started {
            // Something to write: the registry's and the WAL's pages change.
            if let connection = try? UnixConnection(path: daemon.socket) {
                connection.send(frame: #"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"99997","name":"Xã Thử"}}"#)
                _ = connection.receive(timeout: .seconds(10))
                connection.send(frame: #"{"method":"vn.khuyenhoc.Registry.Backup","more":true}"#)
                _ = connection.receive(timeout: .seconds(10))
            }
        }
        let stopped = started ? daemon.stop() : true
        var problems: [String] = []
        var information = stat()
        if plant.targetIsFolder {
            if (try? Data(contentsOf: URL(fileURLWithPath: target + "/keep.txt"))) != content { problems.append("a file in the folder it points to was removed or changed") }
            if stat(target, &information) == 0, information.st_mode & 0o7777 != 0o755 { problems.append("the folder it points to became \(String(information.st_mode & 0o7777, radix: 8))") }
        } else {
            if (try? Data(contentsOf: URL(fileURLWithPath: target))) != content { problems.append("the file it points to was written") }
            if stat(target, &information) == 0, information.st_mode & 0o7777 != 0o644 { problems.append("the file it points to became mode \(String(information.st_mode & 0o7777, radix: 8))") }
        }
        let log = daemon.log()
        let refusal = log.split(separator: "\n").last { $0.contains("cannot start") || $0.contains("symbolic link") || $0.contains("symlink") }
        var verdict = Verdict(what: "")
        if started {
            verdict.what = "started" + (problems.isEmpty ? ", did not follow it" : ", FOLLOWED it")
        } else {
            verdict.refused = true
            let reason = refusal.map { line in line.range(of: "cannot start: ").map { String(line[$0.upperBound...]) } ?? String(line) }
            verdict.what = "refused to start: \(reason.map { String($0.prefix(100)) } ?? String(log.suffix(160)))"
        }
        if !stopped { problems.append("did not stop cleanly: \(daemon.ending)") }
        if !problems.isEmpty { verdict.failure = problems.joined(separator: "; ") }
        return verdict
    }
}
