import CSystemd

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One structured journal entry: `FIELD=value` strings sent together with `sd_journal_sendv`.
///
/// Values may hold newlines and any UTF-8; names must follow journald's rules (`A-Z`, `0-9`, `_`,
/// not starting with `_`), see `JournalLogHandler.fieldName(forMetadataKey:)`.
///
/// ```swift
/// try JournalEntry(["MESSAGE=Hạn nộp báo cáo", "PRIORITY=5", "MESSAGE_ID=…"]).send()
/// ```
public struct JournalEntry: Sendable, Equatable {
    /// The fields in the order they are sent.
    public var fields: [String]

    /// Creates an entry of `fields`.
    public init(_ fields: [String]) {
        self.fields = fields
    }

    /// The value of the first field called `name`, or nil.
    public subscript(name: String) -> String? {
        let prefix = name + "="
        return fields.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// Calls `body` with one `iovec` per field, each pointing at the field's UTF-8 bytes, valid
    /// only during the call (what `sd_journal_sendv` receives).
    public func withIOVectors<T>(_ body: (UnsafeBufferPointer<iovec>) throws -> T) rethrows -> T {
        // One buffer for all fields, so every iovec points into memory that lives for the call.
        var buffer: [UInt8] = []
        var ranges: [(offset: Int, length: Int)] = []
        for field in fields {
            ranges.append((buffer.count, field.utf8.count))
            buffer.append(contentsOf: field.utf8)
        }
        buffer.append(0)  // an empty entry still needs a valid base address
        return try buffer.withUnsafeMutableBytes { bytes in
            let base = bytes.baseAddress!
            let vectors = ranges.map { iovec(iov_base: base + $0.offset, iov_len: $0.length) }
            return try vectors.withUnsafeBufferPointer(body)
        }
    }

    /// Writes the entry to the journal.
    ///
    /// Without a running journald `sd_journal_sendv` drops it silently; check
    /// `SystemdLogging.isStandardErrorJournal` first when the entry must not be lost.
    public func send() throws(SystemdError) {
        let result = withIOVectors { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        if result < 0 { throw .callFailed(function: "sd_journal_sendv", errno: -result) }
    }
}
