import CPluginGuard
import Foundation

/// What the crash signal's handler wrote: which plugin file crashed, with which signal, doing what, when.
public struct PluginCrashRecord: Sendable, Equatable {
    public var model: String
    public var file: PluginFileIdentity
    public var signal: Int32
    public var during: PluginActivity
    public var at: Date

    public init(model: String, file: PluginFileIdentity, signal: Int32, during: PluginActivity, at: Date) {
        self.model = model
        self.file = file
        self.signal = signal
        self.during = during
        self.at = at
    }

    /// The record in the bytes of the crash file; nil for an empty, torn or foreign file.
    init?(bytes: Data) {
        guard bytes.count >= MemoryLayout<khuyenhoc_guard_record>.size else { return nil }
        let record = bytes.withUnsafeBytes { $0.loadUnaligned(as: khuyenhoc_guard_record.self) }
        guard record.magic == KHUYENHOC_GUARD_MAGIC, let during = PluginActivity(guardValue: record.activity) else { return nil }
        var site = record.site
        let model = withUnsafeBytes(of: &site.model) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard !model.isEmpty else { return nil }
        self.model = model
        file = PluginFileIdentity(
            device: site.device, inode: site.inode, size: site.size,
            modified: site.modified_seconds * 1_000_000_000 + site.modified_nanoseconds)
        signal = record.signal
        self.during = during
        at = Date(timeIntervalSince1970: Double(record.seconds) + Double(record.nanoseconds) / 1e9)
    }

    /// "SIGSEGV", "SIGABRT", …
    public var signalName: String { Self.signalName(signal) }

    static func signalName(_ signal: Int32) -> String {
        String(cString: khuyenhoc_guard_signal_name(signal))
    }
}
