import CPluginGuard
import Foundation
import KhuyenHocThreads
import Logging
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The plugins' crash history in the state folder, and the crash guard that adds to it.
///
/// `plugin-crash` is written by the crash signal's handler (a fixed-size record, at most one);
/// at start it is merged into `plugin-health.json` (written atomically, mode 0600) and emptied.
/// Both refuse symbolic links: the state folder is the daemon's own, so a link there was planted.
public final class PluginHealthKeeper: Sendable {
    public static let crashFileName = "plugin-crash"
    public static let healthFileName = "plugin-health.json"

    public let stateDirectory: String
    /// False for a first-start helper: it reads the history and records its own crash, but leaves
    /// merging and clearing to the daemon, which runs meanwhile.
    let writes: Bool
    private let logger: Logger
    private let health: Mutex<PluginHealth>

    /// Reads the history, merges a crash record left by the last run (when `writes`), and installs
    /// the crash guard on the record file. Call before any plugin is loaded.
    public init(stateDirectory: String, writes: Bool = true, logger: Logger) {
        self.stateDirectory = stateDirectory
        self.writes = writes
        self.logger = logger
        var history = Self.read(stateDirectory + "/" + Self.healthFileName, logger: logger)
        let crashPath = stateDirectory + "/" + Self.crashFileName
        let descriptor = open(crashPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if descriptor < 0 {
            logger.error("the plugin crash file cannot be opened; a plugin that crashes will be loaded again at the next start", metadata: [
                "file": "\(crashPath)", "reason": "\(String(cString: strerror(errno)))",
            ])
        }
        if writes, descriptor >= 0, let crash = Self.record(in: descriptor) {
            history.record(crash)
            logger.error("a plugin crashed in the last run", metadata: [
                "model": "\(crash.model)", "signal": "\(crash.signalName)", "during": "\(crash.during.rawValue)",
                "inARow": "\(history.models[crash.model]?.inARow ?? 1)",
            ])
            // The record goes only once the history holding it is on disk.
            if Self.write(history, to: stateDirectory + "/" + Self.healthFileName, logger: logger) {
                _ = ftruncate(descriptor, 0)
                _ = fsync(descriptor)
            }
        }
        health = Mutex(history)
        khuyenhoc_guard_install(descriptor)
    }

    /// The history as it stands.
    public var current: PluginHealth { health.withLock { $0 } }

    /// Whether `model`'s plugin file may be loaded.
    public func verdict(model: String, file: PluginFileIdentity?) -> PluginVerdict {
        health.withLock { $0.verdict(model: model, file: file) }
    }

    /// Clears `model`'s history after its first successful evaluation on probation; the file is
    /// written on a thread of its own, off the evaluation's path.
    func succeeded(model: String) {
        guard writes, health.withLock({ $0.succeeded(model: model) }) else { return }
        logger.notice("a plugin on probation evaluated successfully; its crash history is cleared", metadata: ["model": "\(model)"])
        DedicatedThread.detach(name: "plugin-health") { [self] in save() }
    }

    /// Releases `model` (an administrator's decision): its history is cleared and written now.
    /// False when it had none.
    func release(model: String) -> Bool {
        guard health.withLock({ $0.succeeded(model: model) }) else { return false }
        logger.notice("a disabled plugin was released by an administrator", metadata: ["model": "\(model)"])
        if writes { save() }
        return true
    }

    /// Writes the history as it is now; concurrent saves are serialized by the lock, so the last
    /// write is of the last state.
    private func save() {
        health.withLock { history in
            _ = Self.write(history, to: stateDirectory + "/" + Self.healthFileName, logger: logger)
        }
    }

    private static func record(in descriptor: Int32) -> PluginCrashRecord? {
        let size = MemoryLayout<khuyenhoc_guard_record>.size
        var bytes = Data(count: size)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, size, 0) }
        guard count == size else { return nil }
        return PluginCrashRecord(bytes: bytes)
    }

    private static func read(_ path: String, logger: Logger) -> PluginHealth {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno != ENOENT {
                logger.error("the plugin health file cannot be read; crashed plugins are loaded again", metadata: [
                    "file": "\(path)", "reason": "\(String(cString: strerror(errno)))",
                ])
            }
            return PluginHealth()
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let data = try? handle.readToEnd(), let health = try? JSONDecoder().decode(PluginHealth.self, from: data) else {
            logger.error("the plugin health file is not valid; crashed plugins are loaded again", metadata: ["file": "\(path)"])
            return PluginHealth()
        }
        return health
    }

    /// Temporary file, fsync, rename, fsync of the folder: the history is whole or as it was.
    @discardableResult
    static func write(_ health: PluginHealth, to path: String, logger: Logger) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".tmp"
        func failed(_ reason: String) -> Bool {
            logger.error("the plugin health file cannot be written", metadata: ["file": "\(path)", "reason": "\(reason)"])
            return false
        }
        guard let data = try? encoder.encode(health) else { return failed("not encodable") }
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return failed(String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        let synced = written == data.count && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return failed(written == data.count ? reason : "short write")
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return true
    }
}
