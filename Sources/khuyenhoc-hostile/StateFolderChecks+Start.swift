import Foundation
import KhuyenHocSample
#if canImport(Glibc)
import Glibc
#endif

/// The cases at start: a read-only or full state folder, with a new or an existing registry.
extension StateFolderChecks {
    func startReadOnlyNew(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("ro-new")
        defer { unmount(state) }
        try mount(["-o", "remount,ro", state])
        refusedStart(daemon, &result, case: "read-only, new", expecting: "the state folder cannot be written: \(state): Read-only file system")
        if !((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []).isEmpty { result.fail("read-only, new: files were left") }
    }

    func startReadOnlyExisting(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("ro-existing")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample"])
        for (code, name) in [("10144", "Thanh Thùy"), ("10126", "Bích Hòa")] { _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"\#(code)","name":"\#(name)"}"#) }
        daemon.stop()
        let before = try RegistrySnapshot(database: state + "/registry.sqlite")
        try mount(["-o", "remount,ro", state])
        refusedStart(daemon, &result, case: "read-only, existing", expecting: "the state folder cannot be written: \(state): Read-only file system")
        try mount(["-o", "remount,rw", state])
        result.tried += 1
        try daemon.start(extra: ["--no-sample"])
        result.answered += 1
        daemon.stop()
        lose(before, state, &result, case: "read-only, existing")
    }

    func startFullNew(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("full-new", size: "8m")
        defer { unmount(state) }
        let filler = fill(state)
        refusedStart(daemon, &result, case: "full, new", expecting: "the disk of the state folder \(state) is full")
        if (try? FileManager.default.contentsOfDirectory(atPath: state)) != ["filler"] { result.fail("full, new: files were left") }
        unlink(filler)
        result.tried += 1
        try daemon.start(extra: ["--no-sample"])
        result.answered += 1
        result.notes.append("full disk, new registry: refused (exit 73), starts once room is made")
        daemon.stop()
    }

    func startFullExisting(_ result: inout GroupResult) throws {
        let (daemon, state) = try mounted("full-existing", size: "8m")
        defer { unmount(state) }
        try daemon.start(extra: ["--no-sample"])
        _ = call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10144","name":"Thanh Thùy"}"#)
        daemon.stop()
        let before = try RegistrySnapshot(database: state + "/registry.sqlite")
        // No room at all: it starts when SQLite's WAL index is still there (a stop does not always
        // remove it), and then answers like the case below; else it must stop with the line.
        let full = fill(state)
        if daemon.startAllowingRefusal() {
            result.tried += 1
            try emptyWAL(state)
            let more = fill(state, "more")
            defer { unlink(more) }
            expect(call(daemon, "vn.khuyenhoc.Registry.ListCommunes"), nil, &result, "no room, existing: ListCommunes")
            expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10099","name":"Cự Khê"}"#),
                   "vn.khuyenhoc.Registry.StorageFull", &result, "no room, existing: AddCommune")
            alive(daemon, &result, "no room, existing")
            daemon.stop()
            result.notes.append("no room at all, existing registry: started (its WAL index was there)")
        } else {
            refusedStart(daemon, &result, case: "full, existing", expecting: "KiB free, and opening the registry (SQLite's WAL index) needs", alreadyRefused: true)
            result.notes.append("no room at all, existing registry: exit 73 (no room for SQLite's WAL index)")
        }
        unlink(full)
        // A little room: it starts, reads answer, a write that needs room is StorageFull.
        try Data(count: 1 << 20).write(to: URL(fileURLWithPath: state + "/reserve"))
        let filler = fill(state)
        unlink(state + "/reserve")
        result.tried += 1
        try daemon.start(extra: ["--no-sample"])
        try emptyWAL(state)
        let rest = fill(state, "rest")
        expect(call(daemon, "vn.khuyenhoc.Registry.ListCommunes"), nil, &result, "full, existing: ListCommunes")
        expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10126","name":"Bích Hòa"}"#),
               "vn.khuyenhoc.Registry.StorageFull", &result, "full, existing: AddCommune")
        unlink(filler)
        unlink(rest)
        expect(call(daemon, "vn.khuyenhoc.Registry.AddCommune", #"{"code":"10126","name":"Bích Hòa"}"#), nil, &result, "full, existing: AddCommune with room")
        alive(daemon, &result, "full, existing")
        daemon.stop()
        lose(before, state, &result, case: "full, existing")
        result.notes.append("full disk, existing registry: starts when SQLite's WAL index fits (reads answer, writes StorageFull), else exit 73")
    }
}
