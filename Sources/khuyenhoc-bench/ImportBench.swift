import Foundation
import KhuyenHocSample
import KhuyenHocSpreadsheet
import KhuyenHocStore
import KhuyenHocTransfer
#if canImport(Glibc)
import Glibc
#endif

/// Issue 4's import target, measured side by side in one run: the people CSV of the benchmark
/// district (200,000 people) imported through the real path (file → streaming reader →
/// `insertBatch` into a fresh registry that has the district's communes, villages and households)
/// against `sqlite3`'s own `.import` of the same file into an equivalent table (the file's
/// columns, the registry's two indexes on people, WAL, `synchronous = FULL`). Our importer runs in
/// a process of its own, so that its peak RSS (VmHWM) is the import's alone.
struct ImportBench {
    struct Outcome {
        var people: Int
        var fileBytes: Int
        var importer: [Duration]
        var sqlite: [Duration]
        var importerPeakKiB: Int
    }

    let products: URL
    let folder: URL

    /// Builds the file and the registries, then runs each import `rounds` times, alternating.
    func run(rounds: Int) async throws -> Outcome {
        let csv = folder.appendingPathComponent("people.csv").path
        let base = folder.appendingPathComponent("base.sqlite").path
        let people = try await prepare(csv: csv, base: base)
        var importer: [Duration] = []
        var sqlite: [Duration] = []
        var importerPeak = 0
        for round in 0..<rounds {
            let registry = folder.appendingPathComponent("registry-\(round).sqlite").path
            try FileManager.default.copyItem(atPath: base, toPath: registry)
            let (ours, peak) = try child(["--import-child", registry, "--import-file", csv])
            importer.append(ours)
            importerPeak = max(importerPeak, peak)
            try? FileManager.default.removeItem(atPath: registry)

            let plain = folder.appendingPathComponent("sqlite-\(round).sqlite").path
            sqlite.append(try sqliteImport(csv: csv, database: plain))
            try? FileManager.default.removeItem(atPath: plain)
        }
        let size = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0
        return Outcome(people: people, fileBytes: size, importer: importer, sqlite: sqlite, importerPeakKiB: importerPeak)
    }

    /// The people CSV as `khuyenhoc export people --no-bom` writes it, and a registry with
    /// everything the people refer to.
    private func prepare(csv: String, base: String) async throws -> Int {
        let district = SampleDistrict.generate(scale: .benchmark)
        var context: [RegistryRow] = []
        var codes: [String: Int64] = [:]
        for commune in district.communes where codes[commune.code] == nil {
            let id = Int64(codes.count + 1)
            codes[commune.code] = id
            context.append(.commune(Commune(id: id, statisticsCode: commune.code, name: commune.name)))
        }
        context += district.communities.map {
            .community(Community(id: Int64($0.id), communeID: codes[$0.communeCode]!, name: $0.name,
                                 kind: $0.kind == .village ? .village : .urbanBlock))
        }
        context += district.households.map {
            .household(Household(id: Int64($0.id), communityID: Int64($0.communityID), name: district.person($0.headID).fullName))
        }
        let people: [RegistryRow] = district.people.map { person in
            .person(Person(
                id: Int64(person.id), householdID: Int64(person.householdID), name: person.fullName, birthYear: person.birthYear,
                sex: person.sex == .female ? .female : .male, targetGroup: person.targetGroup?.rawValue,
                inSchool: person.schooling.inSchool, completedUniversalEducation: person.completedUniversalEducation,
                literate: person.literate, studiedThisYear: person.studiedThisYear, goodConduct: person.goodConduct,
                resultsAverageOrBetter: person.resultsAverageOrBetter && person.schooling.inSchool))
        }
        let baseStore = try SQLiteRegistryStore(path: base)
        _ = try await baseStore.insertBatch(context)
        try baseStore.close()
        // The file comes from a registry holding the people too, through the export.
        let scratchPath = folder.appendingPathComponent("scratch.sqlite").path
        try FileManager.default.copyItem(atPath: base, toPath: scratchPath)
        let scratch = try SQLiteRegistryStore(path: scratchPath)
        _ = try await scratch.insertBatch(people)
        let writer = try FileWriter(path: csv)
        let count = try await TableExporter(table: .people, options: WriterOptions(separator: .comma, byteOrderMark: false))
            .run(from: scratch) { try writer.write($0) }
        try writer.close()
        try scratch.close()
        for leftover in [scratchPath, scratchPath + "-wal", scratchPath + "-shm"] { try? FileManager.default.removeItem(atPath: leftover) }
        return count
    }

    /// Runs this program again as the importer alone; it prints its time and peak RSS.
    private func child(_ arguments: [String]) throws -> (Duration, Int) {
        let process = Process()
        process.executableURL = products.appendingPathComponent("khuyenhoc-bench")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let words = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard process.terminationStatus == 0, words.count == 2, let nanoseconds = Int64(words[0]), let peak = Int(words[1]) else {
            throw BenchError.importBench("the import child failed: \(String(decoding: data, as: UTF8.self))")
        }
        return (.nanoseconds(nanoseconds), peak)
    }

    /// `sqlite3`'s `.import` into the equivalent table, timed from outside (process start included,
    /// a few milliseconds); the table and indexes are created before the clock starts.
    private func sqliteImport(csv: String, database: String) throws -> Duration {
        let schema = """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
            CREATE TABLE people (id INTEGER PRIMARY KEY, household_id INTEGER, name TEXT NOT NULL, birth_year INTEGER NOT NULL,
              sex TEXT, target_group TEXT, in_school TEXT, completed_universal_education TEXT, literate TEXT,
              studied_this_year TEXT, good_conduct TEXT, results_average_or_better TEXT, learning_citizen TEXT);
            CREATE INDEX people_by_household ON people(household_id, id);
            CREATE INDEX people_by_name ON people(name, id);
            """
        try Self.runSQLite([database, schema])
        let start = ContinuousClock.now
        try Self.runSQLite(["-cmd", "PRAGMA synchronous = FULL", database, ".import --csv --skip 1 \(csv) people"])
        return ContinuousClock.now - start
    }

    private static func runSQLite(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        // `PRAGMA journal_mode` answers on standard output.
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0, message.isEmpty else { throw BenchError.importBench("sqlite3 failed: \(message)") }
    }

    /// The child: imports `file` into the registry at `registry` and prints nanoseconds and VmHWM (KiB).
    static func child(registry: String, file: String) async throws {
        let store = try SQLiteRegistryStore(path: registry)
        let start = ContinuousClock.now
        let outcome = try await TableImporter(table: .people, importer: getuid()).run(file: file, into: store, dryRun: false)
        let elapsed = ContinuousClock.now - start
        guard case .accepted = outcome else { throw BenchError.importBench("the import was refused: \(outcome)") }
        try store.close()
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        let peak = line.split(separator: " ").dropFirst().first.map(String.init) ?? "0"
        let (seconds, attoseconds) = elapsed.components
        print("\(seconds * 1_000_000_000 + attoseconds / 1_000_000_000) \(peak)")
    }
}
