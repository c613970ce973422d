import Foundation
import KhuyenHocCore
import KhuyenHocSample
import KhuyenHocStore
import Logging

/// Opens the registry in the state folder, creating it on the first start, with the sample
/// district when asked (issue 4's embedded default).
enum RegistryBootstrap {
    static let fileName = "registry.sqlite"

    /// Opens `registry.sqlite` in `stateDirectory` (running its migrations). When there is none yet
    /// and `loadSample` is true, a helper process (``FirstStartTask/createSample``) first writes the
    /// sample district, in one transaction, into a file beside it that is moved into place only
    /// when the helper succeeded: a start killed halfway leaves no registry, and the next start
    /// loads again, never twice. A new registry that cannot be made is removed again, so that a
    /// failed start leaves nothing that the next one would take for a registry; a start that failed
    /// for want of room says so (``DaemonError/stateFolderFull(_:free:need:)``).
    static func open(
        stateDirectory: String, loadSample: Bool, scale: SampleScale = .sample, logger: Logger
    ) async throws -> SQLiteRegistryStore {
        let path = "\(stateDirectory)/\(fileName)"
        if FileManager.default.fileExists(atPath: path) {
            do throws(RegistryError) {
                let store = try SQLiteRegistryStore(path: path)
                logger.info("registry opened", metadata: ["path": "\(path)"])
                return store
            } catch {
                let needed = StateFolderCheck.openingBytes
                if StateFolderCheck.isFull(stateDirectory, below: needed) {
                    throw StateFolderCheck.full(stateDirectory, needed: needed, for: "opening the registry (SQLite's WAL index)")
                }
                throw error
            }
        }
        if !loadSample {
            do throws(RegistryError) {
                let store = try SQLiteRegistryStore(path: path)
                logger.info("registry created", metadata: ["path": "\(path)"])
                return store
            } catch {
                // A file with half its schema would be taken for an existing registry next time.
                let full = error == .diskFull || StateFolderCheck.isFull(stateDirectory, below: StateFolderCheck.newRegistryBytes)
                removeFiles(of: path)
                if full { throw StateFolderCheck.full(stateDirectory, needed: StateFolderCheck.newRegistryBytes, for: "a new registry") }
                throw error
            }
        }
        let loading = path + ".loading"
        removeFiles(of: loading)
        var arguments = [
            "--first-start-task", FirstStartTask.createSample.rawValue, "--state-dir", stateDirectory,
            "--log-level", logger.logLevel.rawValue,
        ]
        if scale == .benchmark { arguments += ["--sample-scale", "benchmark"] }
        if let failure = await HelperProcess.run(arguments) {
            // Removed now rather than at the next start: on a full disk they hold the room it needs.
            let full = StateFolderCheck.isFull(stateDirectory, below: StateFolderCheck.newRegistryBytes)
            let written = [loading, loading + "-wal", loading + "-shm"].reduce(0) { sum, file in
                var information = stat()
                return sum + (stat(file, &information) == 0 ? Int(information.st_size) : 0)
            }
            removeFiles(of: loading)
            if full {
                throw DaemonError.stateFolderFull(
                    stateDirectory, free: StateFolderCheck.freeBytes(stateDirectory),
                    need: "the sample district needs more than the \(written / 1024) KiB it got")
            }
            throw RegistryError.storageFailed("the sample district could not be written to \(loading): \(failure); its log says why")
        }
        guard rename(loading, path) == 0 else {
            throw RegistryError.storageFailed("cannot move \(loading) to \(path): \(String(cString: strerror(errno)))")
        }
        return try SQLiteRegistryStore(path: path)
    }

    /// Removes a database file with its WAL and shared-memory index.
    private static func removeFiles(of path: String) {
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] { unlink(file) }
    }

    /// The helper's part of a first start (``FirstStartTask/createSample``): generates the sample
    /// district and writes it, with its rollout situation, into `registry.sqlite.loading`, closed
    /// so that the file alone holds it.
    static func writeSample(stateDirectory: String, scale: SampleScale, logger: Logger) async throws(RegistryError) {
        let path = "\(stateDirectory)/\(fileName)"
        let started = ContinuousClock.now
        // Generated here rather than through `SampleDistrict.embedded`, which would keep the whole
        // district in memory.
        let seed = SampleDistrict.defaultSeed
        let store = try SQLiteRegistryStore(path: path + ".loading")
        let district = SampleDistrict.generate(seed: seed, scale: scale)
        let summary = try await store.insertBatch(SampleRows.rows(district))
        try await seedRollout(store, communes: SampleRows.communes(district))
        try store.close()
        let elapsed = ContinuousClock.now - started
        let written = summary.written.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
        logger.notice("registry created with the sample district (synthetic population, real communes)", metadata: [
            "path": "\(path)", "records": "\(summary.total)", "loaded": "\(written.joined(separator: " "))",
            "seed": "\(seed)", "milliseconds": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)",
        ])
    }

    /// The sample's rollout situation (``SampleRollout``) and yearly deadlines
    /// (``SampleDeadlines``), written before the file is moved into place, so that they are there
    /// exactly when the sample is.
    private static func seedRollout(_ store: SQLiteRegistryStore, communes: [KhuyenHocStore.Commune]) async throws(RegistryError) {
        let rows = SampleRollout.rows(communes: communes, by: getuid(), at: Date())
        do {
            try await store.insertRollout(transitions: rows.transitions, deadlines: rows.deadlines)
        } catch {
            switch error {
            case .storage(let failure): throw failure
            default: throw .storageFailed("the sample's rollout could not be written: \(error)")
            }
        }
        do {
            _ = try await store.insertSampleDeadlines(SampleDeadlines.deadlines(today: ReportDay.today()), by: getuid(), at: Date())
        } catch {
            switch error {
            case .storage(let failure): throw failure
            default: throw .storageFailed("the sample's yearly deadlines could not be written: \(error)")
            }
        }
    }
}
