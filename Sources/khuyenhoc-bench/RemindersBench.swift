import Foundation
import KhuyenHocStore

/// `khuyenhoc-bench --reminders`: issue 5's targets against the real release daemon (`--no-sample`,
/// a temporary socket and state folder, the systemd watchdog on at 20 s, so a ping every 10 s):
/// Watch latency; `deadlines` deadlines created over the socket, `UpdateDeadline` round trips and
/// `ListUpcoming` with them; the daemon idle for `idleSeconds` with them armed, with the watchdog
/// and then, started again on the same registry, without it; and, once it has stopped, the re-arm
/// alone in process on its registry file.
struct RemindersBench {
    let products: URL
    var deadlines = 10_000
    var changes = 200
    var idleSeconds = 60
    /// Only the Watch latency (for a second run pinned to one CPU).
    var watchOnly = false

    static let watchdogMicroseconds = 20_000_000

    func run() async throws -> String {
        var lines = [
            "Reminders (issue 5), release daemon, --no-sample; load average at start: \(Self.loadAverage()); CPUs allowed: \(Self.allowedCPUs())"
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khbench-reminders-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let daemon = try BenchDaemon(products: products, folder: folder)
        defer { daemon.stop() }
        _ = try daemon.start(
            arguments: ["--no-sample"],
            environment: ["WATCHDOG_USEC": "\(Self.watchdogMicroseconds)", "WATCHDOG_PID": nil])

        let watch = try await RemindersBenchWatch(socket: daemon.socket).run()
        let watchMet = watch.lateness.count == watch.expected && watch.unexpected == 0
            && (watch.lateness.min() ?? -1) >= 0 && (watch.lateness.max() ?? 2) <= 1
        lines += [
            "  Watch, \(watch.expected) reminders (30 at 200 ms intervals from 1.5 s ahead, 5 at one instant): arrival − remindAt",
            "    received \(watch.lateness.count)/\(watch.expected), flagged late \(watch.flaggedLate), unexpected \(watch.unexpected)",
            "    \(RemindersBenchText.spread(watch.lateness))",
            "    target: never early, max ≤ 1 s: \(RemindersBenchText.verdict(watchMet))",
        ]
        if watchOnly { return lines.joined(separator: "\n") }

        let socket = try await RemindersBenchSocket(socket: daemon.socket, deadlines: deadlines, changes: changes).run()
        let rss = daemon.residentKiB()
        lines += [
            "  \(deadlines) deadlines (\(socket.reminders) lead reminders; every 4th yearly by RRULE) created with AddDeadline, one call at a time: \(String(format: "%.2f s", RemindersBenchText.seconds(socket.creation)))",
            "    UpdateDeadline (due day moved), round trip, \(changes) calls: \(RemindersBenchText.summary(socket.update))",
            "    GetStatus (no I/O), same connection, interleaved:      \(RemindersBenchText.summary(socket.status))",
            String(format: "    ratio of medians UpdateDeadline / GetStatus: %.1f", socket.update.median / socket.status.median),
            "    ListUpcoming (limit 100, 30 days; \(socket.upcomingCount) returned), 20 calls: \(RemindersBenchText.summary(socket.upcoming))",
            "    daemon VmRSS with them armed: \(rss.map { "\($0 / 1024) MiB (\($0) KiB)" } ?? "?")",
        ]

        // Both windows with their 8 s settling, the restart between them, and a margin.
        let quietUntil = Date().addingTimeInterval(Double(2 * (idleSeconds + 8) + 60))
        let nearestText = socket.nearest.map { "nearest reminder \(Timestamp.string(from: $0))" } ?? "no reminder within 30 days"
        guard socket.nearest.map({ $0 > quietUntil }) ?? true else {
            throw BenchError.daemon("a reminder falls due during the idle windows (\(nearestText)); run again later")
        }
        let watched = try await RemindersBenchIdle(daemon: daemon, seconds: idleSeconds).run()
        daemon.stop()

        let quietDaemon = try BenchDaemon(products: products, folder: folder, notifyName: "notify-quiet.sock")
        defer { quietDaemon.stop() }
        _ = try quietDaemon.start(arguments: ["--no-sample"], environment: ["WATCHDOG_USEC": nil, "WATCHDOG_PID": nil])
        let quiet = try await RemindersBenchIdle(daemon: quietDaemon, seconds: idleSeconds).run()
        quietDaemon.stop()

        let perPing = watched.pings > 0 ? Double(watched.total) / Double(watched.pings) : .nan
        let beyondQuiet = watched.pings > 0 ? Double(watched.total - quiet.total) / Double(watched.pings) : .nan
        let idleMet = quiet.total == 0 && watched.pings > 0 && watched.total <= 4 * watched.pings
        lines += ["  idle \(idleSeconds) s with them armed (\(nearestText)), watchdog at \(Self.watchdogMicroseconds / 1_000_000) s: \(watched.pings) WATCHDOG=1 pings, \(watched.total) context switches (\(String(format: "%.1f", perPing)) per ping)"]
        lines += RemindersBenchIdle.lines(watched)
        lines += ["  idle \(idleSeconds) s, started again on the same registry without the watchdog: \(quiet.pings) pings, \(quiet.total) context switches (\(String(format: "%.2f", Double(quiet.total) / Double(idleSeconds))) per second)"]
        lines += RemindersBenchIdle.lines(quiet)
        lines += [
            "    with the watchdog minus without it: \(watched.total - quiet.total) switches, \(String(format: "%.1f", beyondQuiet)) per ping",
            "    target: switches only from the watchdog (none without it, at most 4 per ping with it): \(RemindersBenchText.verdict(idleMet))",
        ]

        let rearm = try await RemindersBenchRearm(
            registry: folder.appendingPathComponent("state/registry.sqlite").path, deadlineID: socket.movedID, changes: changes).run()
        let rearmMet = rearm.rearm.max <= 10_000
        lines += [
            "  re-arm alone, in process on the daemon's registry file (ReminderService.start(): \(String(format: "%.0f ms", RemindersBenchText.seconds(rearm.start) * 1000)), \(rearm.armed) deadlines armed, \(rearm.unschedulable) unschedulable)",
            "    deadlineChanged after the store write, \(changes) changes: \(RemindersBenchText.summary(rearm.rearm))",
            "    target: re-arm ≤ 10 ms (max): \(RemindersBenchText.verdict(rearmMet))",
        ]
        return lines.joined(separator: "\n")
    }

    private static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return text.split(separator: " ").prefix(3).joined(separator: ", ")
    }

    private static func allowedCPUs() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }
        return line.map { $0.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces) } ?? "?"
    }
}
