import Foundation

/// Every thread of a process with its context switches so far (voluntary + nonvoluntary, from
/// `/proc/PID/task/TID/status`), its name (`comm`) and where it sleeps (`wchan`).
struct RemindersBenchThreads {
    struct Thread {
        var name: String
        var voluntary: Int
        var nonvoluntary: Int
        var wchan: String
        var switches: Int { voluntary + nonvoluntary }
    }

    let threads: [Int: Thread]

    init(pid: Int32) throws {
        let tasks = "/proc/\(pid)/task"
        var threads: [Int: Thread] = [:]
        for entry in try FileManager.default.contentsOfDirectory(atPath: tasks) {
            guard let tid = Int(entry),
                  let status = try? String(contentsOfFile: "\(tasks)/\(entry)/status", encoding: .utf8) else { continue }
            func field(_ name: String) -> Int {
                let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                return line.flatMap { Int($0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)) } ?? 0
            }
            let name = (try? String(contentsOfFile: "\(tasks)/\(entry)/comm", encoding: .utf8)) ?? "?"
            let wchan = (try? String(contentsOfFile: "\(tasks)/\(entry)/wchan", encoding: .utf8)) ?? "?"
            threads[tid] = Thread(
                name: name.trimmingCharacters(in: .whitespacesAndNewlines), voluntary: field("voluntary_ctxt_switches"),
                nonvoluntary: field("nonvoluntary_ctxt_switches"), wchan: wchan)
        }
        self.threads = threads
    }

    /// Per thread (by id), the switches since `earlier`; a thread started meanwhile counts all its own.
    func since(_ earlier: RemindersBenchThreads) -> [(tid: Int, thread: Thread, switches: Int)] {
        threads.keys.sorted().map { tid in
            let now = threads[tid]!
            return (tid, now, now.switches - (earlier.threads[tid]?.switches ?? 0))
        }
    }
}
