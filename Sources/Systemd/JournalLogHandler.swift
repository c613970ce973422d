import CSystemd
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A swift-log handler that writes structured journal entries with `sd_journal_sendv`.
///
/// Each entry carries `MESSAGE`, `PRIORITY`, `SYSLOG_IDENTIFIER`, `CODE_FILE`/`CODE_LINE`/
/// `CODE_FUNC`, `LOGGER_LABEL` and one field per metadata key (`model` becomes `MODEL`; see
/// `fieldName(forMetadataKey:)`), so `journalctl MODEL=citizen` finds them.
///
/// Without a running journald `sd_journal_sendv` drops the entry silently; use
/// `SystemdLogging.bootstrap(identifier:level:)`, which falls back to standard error.
public struct JournalLogHandler: LogHandler {
    /// The logger's label, sent as `LOGGER_LABEL`.
    public let label: String
    /// The `SYSLOG_IDENTIFIER` (what `journalctl -t` filters on), e.g. `khuyenhocd`.
    public let identifier: String
    /// Messages below this level are not logged.
    public var logLevel: Logger.Level
    /// Metadata attached to every entry of this handler.
    public var metadata: Logger.Metadata = [:]
    /// Contextual metadata added at log time.
    public var metadataProvider: Logger.MetadataProvider?

    /// Creates a handler for the logger `label` that logs as `identifier`.
    public init(
        label: String,
        identifier: String,
        logLevel: Logger.Level = .info,
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.identifier = identifier
        self.logLevel = logLevel
        self.metadataProvider = metadataProvider
    }

    /// Metadata of this handler by key.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Sends the event to the journal.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }
        let fields = Self.fields(
            message: event.message.description, level: event.level, identifier: identifier,
            label: label, file: event.file, function: event.function, line: event.line,
            error: event.error.map { String(describing: $0) }, metadata: merged)
        Self.send(fields)
    }

    /// The syslog priority journald stores for `level` (0 emerg … 7 debug).
    public static func syslogPriority(for level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7  // LOG_DEBUG
        case .info: return 6  // LOG_INFO
        case .notice: return 5  // LOG_NOTICE
        case .warning: return 4  // LOG_WARNING
        case .error: return 3  // LOG_ERR
        case .critical: return 2  // LOG_CRIT
        }
    }

    /// The fields this handler sets itself; metadata keys that map onto one get a `META_` prefix.
    public static let reservedFields: Set<String> = [
        "MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "CODE_FILE", "CODE_LINE", "CODE_FUNC",
        "LOGGER_LABEL", "ERROR",
    ]

    /// The journal field name for a metadata key, or nil when nothing usable is left.
    ///
    /// Journal field names use only `A-Z`, `0-9` and `_`, must not start with `_` (those are
    /// trusted fields only journald sets) or a digit, and have at most 64 characters. Letters are
    /// uppercased, any other character becomes `_`, leading underscores are dropped, a leading
    /// digit gets an `F` prefix, and names of the handler's own fields get a `META_` prefix.
    public static func fieldName(forMetadataKey key: String) -> String? {
        var name = String(
            key.unicodeScalars.map { scalar -> Character in
                switch scalar {
                case "a"..."z": return Character(String(scalar).uppercased())
                case "A"..."Z", "0"..."9": return Character(scalar)
                default: return "_"
                }
            })
        name = String(name.drop(while: { $0 == "_" }))
        guard let first = name.first else { return nil }
        if first.isNumber { name = "F" + name }
        if reservedFields.contains(name) { name = "META_" + name }
        return String(name.prefix(64))
    }

    /// The `FIELD=value` strings of one entry, in the order they are sent.
    static func fields(
        message: String, level: Logger.Level, identifier: String, label: String,
        file: String, function: String, line: UInt, error: String?, metadata: Logger.Metadata
    ) -> [String] {
        var fields = [
            "MESSAGE=\(message)",
            "PRIORITY=\(syslogPriority(for: level))",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "CODE_FILE=\(file)",
            "CODE_LINE=\(line)",
            "CODE_FUNC=\(function)",
            "LOGGER_LABEL=\(label)",
        ]
        if let error { fields.append("ERROR=\(error)") }
        for key in metadata.keys.sorted() {
            guard let name = fieldName(forMetadataKey: key), let value = metadata[key] else { continue }
            fields.append("\(name)=\(value)")
        }
        return fields
    }

    /// Writes one entry; returns `sd_journal_sendv`'s result (0 also when no journald runs).
    @discardableResult
    static func send(_ fields: [String]) -> Int32 {
        JournalEntry(fields).withIOVectors { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
    }
}
