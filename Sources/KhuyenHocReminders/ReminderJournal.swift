import KhuyenHocAPI
import Systemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes one journal entry per delivered reminder, findable with
/// `journalctl MESSAGE_ID=ecf4db0038d04e8192402567101f53bd` or by its fields
/// (`journalctl KHUYENHOC_COMMUNE=10210`).
///
/// Fields: `MESSAGE` (summary and body, in `language`), `MESSAGE_ID`, `PRIORITY` (5 notice for a lead
/// reminder, 4 warning once overdue), `SYSLOG_IDENTIFIER`, `KHUYENHOC_DELIVERY_ID`,
/// `KHUYENHOC_DEADLINE_ID`, `KHUYENHOC_DUE` (UTC, `2026-12-15T00:00:00.000Z`), `KHUYENHOC_KIND`
/// (`lead`/`overdue`), `KHUYENHOC_DAYS`, `KHUYENHOC_LATE` (0/1), `KHUYENHOC_TITLE`, `KHUYENHOC_TITLE_VI`,
/// and when known `KHUYENHOC_COMMUNE` (code), `KHUYENHOC_COMMUNE_NAME`, `KHUYENHOC_MODEL`.
///
/// When standard error is not the journal (`JOURNAL_STREAM` unset or naming another file), where
/// `sd_journal_sendv` would drop the entry silently, it writes one line to standard error instead.
public struct ReminderJournal: Sendable {
    /// The `MESSAGE_ID` of every reminder entry (made once with `systemd-id128 new`; never change it,
    /// people filter on it).
    public static let messageID = "ecf4db0038d04e8192402567101f53bd"

    /// The `SYSLOG_IDENTIFIER`.
    public var identifier: String
    /// The language of `MESSAGE`.
    public var language: ReminderLanguage
    /// Whether entries go to the journal (else to `fallbackDescriptor`).
    public var toJournal: Bool
    /// Where the fallback line goes: standard error.
    public var fallbackDescriptor: Int32 = STDERR_FILENO

    /// Creates a journal channel; by default it writes to the journal only when systemd connected
    /// standard error to it.
    public init(
        identifier: String = "khuyenhocd", language: ReminderLanguage = .vietnamese,
        toJournal: Bool = SystemdLogging.isStandardErrorJournal
    ) {
        self.identifier = identifier
        self.language = language
        self.toJournal = toJournal
    }

    /// The entry for `notice`, in the order the fields are sent.
    public func entry(for notice: ReminderNotice) -> JournalEntry {
        let wording = ReminderWording(notice, language: language)
        var fields = [
            "MESSAGE=\(wording.summary) — \(wording.body)",
            "MESSAGE_ID=\(Self.messageID)",
            "PRIORITY=\(notice.kind == .overdue ? 4 : 5)",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "KHUYENHOC_DELIVERY_ID=\(notice.deliveryId)",
            "KHUYENHOC_DEADLINE_ID=\(notice.deadlineId)",
            "KHUYENHOC_DUE=\(notice.dueText)",
            "KHUYENHOC_KIND=\(notice.kind.rawValue)",
            "KHUYENHOC_DAYS=\(notice.days)",
            "KHUYENHOC_LATE=\(notice.late ? 1 : 0)",
            "KHUYENHOC_TITLE=\(notice.title)",
            "KHUYENHOC_TITLE_VI=\(notice.titleVi)",
        ]
        if let code = notice.communeCode { fields.append("KHUYENHOC_COMMUNE=\(code)") }
        if let name = notice.communeName { fields.append("KHUYENHOC_COMMUNE_NAME=\(name)") }
        if let model = notice.model { fields.append("KHUYENHOC_MODEL=\(model)") }
        return JournalEntry(fields)
    }

    /// Writes the entry for `notice` to the journal, or its line to `fallbackDescriptor`.
    public func record(_ notice: ReminderNotice) throws(SystemdError) {
        let entry = entry(for: notice)
        if toJournal {
            try entry.send()
        } else {
            var bytes = Array(Self.standardErrorLine(entry).utf8)[...]
            while !bytes.isEmpty {
                let count = bytes.withUnsafeBytes { write(fallbackDescriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw .callFailed(function: "write to standard error", errno: errno) }
                bytes = bytes.dropFirst(count)
            }
        }
    }

    /// The fallback line: `<identifier>: <MESSAGE> [FIELD=value …]`, the fields after
    /// `SYSLOG_IDENTIFIER`, so the line can still be grepped by deadline or commune.
    public static func standardErrorLine(_ entry: JournalEntry) -> String {
        let identifier = entry["SYSLOG_IDENTIFIER"] ?? "khuyenhocd"
        let message = entry["MESSAGE"] ?? ""
        let structured = entry.fields.filter { $0.hasPrefix("KHUYENHOC_") || $0.hasPrefix("MESSAGE_ID=") }
        // A newline would split the entry into lines that no longer carry its fields.
        let flat = { (text: String) in String(text.map { $0.isNewline ? " " : $0 }) }
        return "\(identifier): \(flat(message)) [\(flat(structured.joined(separator: " ")))]\n"
    }
}
