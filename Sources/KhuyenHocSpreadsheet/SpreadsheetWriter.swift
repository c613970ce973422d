import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes CSV that Excel opens correctly: UTF-8 with a byte order mark, CRLF, cells quoted
/// where needed, numbers with the decimal mark that goes with the separator. Rows go out
/// through a 64 KiB buffer, so exporting a large table holds one buffer.
public final class SpreadsheetWriter {
    public let options: WriterOptions
    private let path: String?
    private var fd: Int32 = -1
    private var buffer: [UInt8] = []
    private var memory: [UInt8] = []
    private var finished = false

    /// Creates (or empties) the file at `path`. Call ``finish()`` at the end: a writer dropped
    /// without it closes the file with only what was already flushed.
    public init(path: String, options: WriterOptions = WriterOptions()) throws(SpreadsheetWriteError) {
        self.options = options
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SpreadsheetWriteError(path: path, reason: String(cString: strerror(errno))) }
        start()
    }

    /// Writes to memory; ``finish()`` returns the bytes.
    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
        self.path = nil
        start()
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    private func start() {
        buffer.reserveCapacity(Self.flushSize + 4096)
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    private static let flushSize = 1 << 16

    /// Writes one row of text cells (a header, or values already formatted).
    public func write(_ cells: [String]) throws(SpreadsheetWriteError) {
        try write(cells.map(CellValue.text))
    }

    /// Writes one row, each value formatted by the options.
    public func write(_ cells: [CellValue]) throws(SpreadsheetWriteError) {
        precondition(!finished, "write after finish()")
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(options.separator.byte) }
            appendCell(format(cell), guarding: cell.text != nil)
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes out what is buffered and closes the file (flushing it to disk, so a full disk is
    /// reported here rather than lost). Returns the bytes when writing to memory, else `[]`.
    @discardableResult
    public func finish() throws(SpreadsheetWriteError) -> [UInt8] {
        guard !finished else { return memory }
        finished = true
        try flush()
        if fd >= 0 {
            let descriptor = fd
            fd = -1
            let synced = fsync(descriptor) == 0 || errno == EINVAL
            let syncError = errno
            let closed = close(descriptor) == 0
            guard synced, closed else { throw failure(synced ? errno : syncError) }
        }
        return memory
    }

    /// The bytes written to memory since the last call, handed over and forgotten: a writer to
    /// memory sends a large table on in pieces instead of holding it whole.
    public func takeBytes() -> [UInt8] {
        precondition(path == nil, "takeBytes() is for a writer to memory")
        memory.append(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
        defer { memory.removeAll(keepingCapacity: true) }
        return memory
    }

    /// How a value is written as text.
    public func format(_ value: CellValue) -> String {
        switch value {
        case .empty: ""
        case .text(let text): text
        case .wholeNumber(let number): String(number)
        case .decimal(let number): Self.plain(number, mark: options.effectiveDecimalMark)
        case .boolean(let flag): options.booleans.text(flag)
        case .date(let date): options.dates == .iso ? date.description : date.dayMonthYear
        }
    }

    private func appendCell(_ text: String, guarding: Bool) {
        var text = CellText.nfc(text)
        if guarding && options.guardsFormulas, let first = text.utf8.first,
           first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") {
            text = "'" + text
        }
        let separator = options.separator.byte
        let needsQuotes = text.utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.unicodeScalars.first?.properties.isWhitespace == true
            || text.unicodeScalars.last?.properties.isWhitespace == true
        guard needsQuotes else {
            buffer.append(contentsOf: text.utf8)
            return
        }
        buffer.append(0x22)
        for byte in text.utf8 {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }

    private func flush() throws(SpreadsheetWriteError) {
        guard fd >= 0 else {
            memory.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var written = 0
        var failed: Int32 = 0
        buffer.withUnsafeBytes { bytes in
            while written < bytes.count {
                let n = systemWrite(fd, bytes.baseAddress! + written, bytes.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                written += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failed != 0 { throw failure(failed) }
    }

    private func failure(_ code: Int32) -> SpreadsheetWriteError {
        SpreadsheetWriteError(path: path ?? "memory", reason: code == ENOSPC
            ? "the disk is full; free some space and export again"
            : String(cString: strerror(code)))
    }

    /// `8.5` → `8,5` with the comma; never an exponent (`0.00001`, not `1e-05`), no `.0`.
    static func plain(_ value: Double, mark: DecimalMark) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return "0" }
        var text = "\(value)"
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let exponent = Int(text[text.index(after: e)...])!
            var mantissa = String(text[..<e])
            let negative = mantissa.hasPrefix("-")
            if negative { mantissa.removeFirst() }
            let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
            var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
            var point = parts[0].count + exponent
            if point <= 0 {
                digits = String(repeating: "0", count: 1 - point) + digits
                point = 1
            } else if point > digits.count {
                digits += String(repeating: "0", count: point - digits.count)
            }
            let whole = digits.prefix(point)
            let fraction = digits.dropFirst(point)
            text = (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        if let dot = text.firstIndex(of: "."), dot < text.endIndex {
            var fraction = text[text.index(after: dot)...]
            while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
            text = String(text[..<dot]) + (fraction.isEmpty ? "" : "." + fraction)
        }
        return mark == .comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

/// At file scope `write` is the system call, not ``SpreadsheetWriter/write(_:)``.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
