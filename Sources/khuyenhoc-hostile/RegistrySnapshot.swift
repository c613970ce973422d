import Foundation

/// The registry as `sqlite3` sees it: each table's row count and `PRAGMA integrity_check`.
/// Taken before and after a group of cases: a table with fewer rows, or a database that is
/// no longer intact, is data lost.
struct RegistrySnapshot {
    var counts: [String: Int]
    var integrity: String

    init(database: String) throws {
        let tables = try Self.sqlite(database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;")
            .split(separator: "\n").map(String.init)
        var counts: [String: Int] = [:]
        let query = tables.map { "SELECT '\($0)', count(*) FROM \"\($0)\";" }.joined()
        for line in try Self.sqlite(database, query).split(separator: "\n") {
            let parts = line.split(separator: "|")
            if parts.count == 2, let count = Int(parts[1]) { counts[String(parts[0])] = count }
        }
        self.counts = counts
        integrity = try Self.sqlite(database, "PRAGMA integrity_check;").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What `after` lost against this snapshot.
    func losses(in after: RegistrySnapshot) -> [String] {
        var lost: [String] = []
        if after.integrity != "ok" { lost.append("integrity_check: \(after.integrity.prefix(200))") }
        for (table, count) in counts.sorted(by: { $0.key < $1.key }) {
            let now = after.counts[table] ?? 0
            if now < count { lost.append("\(table): \(count) rows before, \(now) after") }
        }
        return lost
    }

    /// The whole content as `sqlite3 .dump` prints it, for "nothing changed".
    static func dump(database: String) throws -> String {
        try sqlite(database, ".dump")
    }

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let result = try Command.run("sqlite3", ["-readonly", database, sql])
        guard result.status == 0 else { throw HostileError.failed("sqlite3 \(database): \(result.error)") }
        return result.output
    }
}
