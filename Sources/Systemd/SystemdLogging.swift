import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Sets up swift-log for the daemon: the journal when systemd connected stderr to it, else stderr.
///
/// ```swift
/// SystemdLogging.bootstrap(identifier: "khuyenhocd", level: .info)
/// ```
public enum SystemdLogging {
    /// Bootstraps `LoggingSystem` (once per process, as swift-log requires) with
    /// `makeLogHandler(label:identifier:level:journal:metadataProvider:)`.
    public static func bootstrap(
        identifier: String,
        level: Logger.Level = .info,
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        let journal = isStandardErrorJournal
        LoggingSystem.bootstrap(
            { label, provider in
                makeLogHandler(
                    label: label, identifier: identifier, level: level, journal: journal,
                    metadataProvider: provider)
            },
            metadataProvider: metadataProvider)
    }

    /// A `JournalLogHandler` when `journal` is true, else swift-log's `StreamLogHandler.standardError`.
    public static func makeLogHandler(
        label: String,
        identifier: String,
        level: Logger.Level = .info,
        journal: Bool = isStandardErrorJournal,
        metadataProvider: Logger.MetadataProvider? = nil
    ) -> any LogHandler {
        var handler: any LogHandler
        if journal {
            handler = JournalLogHandler(
                label: label, identifier: identifier, logLevel: level, metadataProvider: metadataProvider)
        } else {
            handler = StreamLogHandler.standardError(label: label, metadataProvider: metadataProvider)
            handler.logLevel = level
        }
        return handler
    }

    /// Whether systemd connected stderr to the journal: `JOURNAL_STREAM` is set and names stderr's
    /// device and inode (a shell started from a unit inherits the variable with another stderr).
    ///
    /// The check matters because `sd_journal_sendv` drops entries silently when no journald runs.
    public static var isStandardErrorJournal: Bool {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        var info = stat()
        guard fstat(STDERR_FILENO, &info) == 0 else { return false }
        return journalStream(value, matchesDevice: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Whether a `JOURNAL_STREAM` value (`<device>:<inode>`, decimal) names this device and inode.
    static func journalStream(_ value: String, matchesDevice device: UInt64, inode: UInt64) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let streamDevice = UInt64(parts[0]), let streamInode = UInt64(parts[1])
        else { return false }
        return streamDevice == device && streamInode == inode
    }
}
