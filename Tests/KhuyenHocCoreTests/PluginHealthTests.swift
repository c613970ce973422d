import CPluginGuard
import Foundation
import Logging
import Testing
@testable import KhuyenHocCore

/// The crash policy as pure logic: disabled while the same file, probation for another file,
/// quarantined at the second crash in a row, cleared by a success or a release.
@Suite struct PluginHealthTests {
    static let first = PluginFileIdentity(device: 1, inode: 100, size: 4096, modified: 1_700_000_000_000_000_000)
    static let second = PluginFileIdentity(device: 1, inode: 101, size: 4100, modified: 1_700_000_100_000_000_000)
    static let third = PluginFileIdentity(device: 1, inode: 102, size: 4200, modified: 1_700_000_200_000_000_000)

    static func crash(_ file: PluginFileIdentity, at seconds: Double = 1_800_000_000, signal: Int32 = SIGSEGV) -> PluginCrashRecord {
        PluginCrashRecord(model: "citizen", file: file, signal: signal, during: .evaluating, at: Date(timeIntervalSince1970: seconds))
    }

    @Test func aModelWithoutCrashesLoads() {
        #expect(PluginHealth().verdict(model: "citizen", file: Self.first) == .healthy)
    }

    @Test func theFirstCrashDisablesThatFileOnly() throws {
        var health = PluginHealth()
        health.record(Self.crash(Self.first))
        let verdict = health.verdict(model: "citizen", file: Self.first)
        guard case .disabled(let entry) = verdict else { Issue.record("not disabled: \(verdict)"); return }
        #expect(entry.inARow == 1)
        #expect(!entry.quarantined)
        #expect(!verdict.loads)
        #expect(health.verdict(model: "family", file: Self.first) == .healthy)
        // An unreadable file is not taken for a fixed one.
        #expect(!health.verdict(model: "citizen", file: nil).loads)
        let replaced = health.verdict(model: "citizen", file: Self.second)
        guard case .probation = replaced else { Issue.record("not on probation: \(replaced)"); return }
        #expect(replaced.loads)
    }

    @Test func aCrashOnProbationQuarantinesWhateverTheFile() {
        var health = PluginHealth()
        health.record(Self.crash(Self.first, at: 1_800_000_000))
        health.record(Self.crash(Self.second, at: 1_800_000_100, signal: SIGABRT))
        for file in [Self.first, Self.second, Self.third] {
            let verdict = health.verdict(model: "citizen", file: file)
            guard case .quarantined(let entry) = verdict else { Issue.record("not quarantined: \(verdict)"); return }
            #expect(entry.inARow == 2)
            #expect(entry.signal == SIGABRT)
        }
    }

    @Test func aSuccessClearsTheHistory() {
        var health = PluginHealth()
        health.record(Self.crash(Self.first))
        let first = health.succeeded(model: "citizen")
        let second = health.succeeded(model: "citizen")
        #expect(first)
        #expect(!second)
        #expect(health.verdict(model: "citizen", file: Self.second) == .healthy)
        // A crash after the success starts counting again: disabled, not quarantined.
        health.record(Self.crash(Self.second, at: 1_800_000_500))
        guard case .disabled(let entry) = health.verdict(model: "citizen", file: Self.second) else {
            Issue.record("not disabled")
            return
        }
        #expect(entry.inARow == 1)
    }

    @Test func theSameRecordMergedTwiceCountsOnce() {
        var health = PluginHealth()
        health.record(Self.crash(Self.first))
        health.record(Self.crash(Self.first))
        #expect(health.models["citizen"]?.inARow == 1)
    }

    @Test func theHistorySurvivesItsFile() throws {
        var health = PluginHealth()
        health.record(Self.crash(Self.first))
        health.record(Self.crash(Self.second, at: 1_800_000_100))
        let decoded = try JSONDecoder().decode(PluginHealth.self, from: JSONEncoder().encode(health))
        #expect(decoded == health)
    }

    /// The record the signal handler writes, read back; torn or foreign bytes are no record.
    @Test func theHandlersRecordReadsBack() {
        var record = khuyenhoc_guard_record()
        record.magic = KHUYENHOC_GUARD_MAGIC
        let site = khuyenhoc_guard_site_make("family", 7, 8, 9, 1_700_000_000, 5)!
        record.site = site.pointee
        record.activity = Int32(bitPattern: KHUYENHOC_GUARD_DESCRIBING.rawValue)
        record.signal = SIGBUS
        record.seconds = 1_800_000_000
        let bytes = withUnsafeBytes(of: record) { Data($0) }
        let read = PluginCrashRecord(bytes: bytes)
        #expect(read?.model == "family")
        #expect(read?.file == PluginFileIdentity(device: 7, inode: 8, size: 9, modified: 1_700_000_000_000_000_005))
        #expect(read?.during == .describing)
        #expect(read?.signalName == "SIGBUS")
        #expect(PluginCrashRecord(bytes: bytes.prefix(bytes.count - 1)) == nil)
        #expect(PluginCrashRecord(bytes: Data(count: bytes.count)) == nil)
    }

    /// At start the record left by a crash is merged into the history file (0600), then cleared;
    /// a start killed before the clearing merges the same record again without counting it twice.
    @Test func theKeeperMergesTheRecordOnceAndClearsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-health-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var record = khuyenhoc_guard_record()
        record.magic = KHUYENHOC_GUARD_MAGIC
        record.site = khuyenhoc_guard_site_make("unit", 1, 2, 3, 4, 5)!.pointee
        record.activity = Int32(bitPattern: KHUYENHOC_GUARD_EVALUATING.rawValue)
        record.signal = SIGSEGV
        record.seconds = 1_800_000_000
        let bytes = withUnsafeBytes(of: record) { Data($0) }
        let crashFile = folder + "/" + PluginHealthKeeper.crashFileName
        try bytes.write(to: URL(fileURLWithPath: crashFile))
        // As if the last start had merged it and been killed before clearing it.
        var merged = PluginHealth()
        merged.record(try #require(PluginCrashRecord(bytes: bytes)))
        PluginHealthKeeper.write(merged, to: folder + "/" + PluginHealthKeeper.healthFileName, logger: Logger(label: "test"))

        let keeper = PluginHealthKeeper(stateDirectory: folder, logger: Logger(label: "test"))
        #expect(keeper.current.models["unit"]?.inARow == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: crashFile)).isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + PluginHealthKeeper.healthFileName)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(keeper.release(model: "unit"))
        #expect(!keeper.release(model: "unit"))
        let reread = PluginHealthKeeper(stateDirectory: folder, logger: Logger(label: "test"))
        #expect(reread.current.models.isEmpty)
    }
}
