/// Reads a CSV file one row at a time, holding one chunk of the file and one row: memory does
/// not grow with the file.
///
/// Accepts what Excel writes (RFC 4180 and its habits): UTF-8 with or without a byte order
/// mark, UTF-16 with one; `,`, `;` or tab between cells, detected from the header row unless
/// given; CRLF, LF or a lone CR at the end of a row; quoted cells holding separators, doubled
/// quotes and line breaks; Excel's `sep=;` first line. Cells come out in NFC. A quote inside an
/// unquoted cell is kept as text, as Excel does.
public final class RecordReader {
    /// The cell and column limits; larger means a quote never closed, or not a spreadsheet.
    /// Bytes in one cell (Excel allows 32,767 characters).
    public static let maxCellBytes = 1 << 17
    /// Cells in one row (Excel's column limit).
    public static let maxCells = 16_384

    /// The encoding found from the file's first bytes.
    public let encoding: SpreadsheetEncoding
    /// The separator in use: given, declared by `sep=`, or detected.
    public private(set) var separator = FieldSeparator.comma

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private let input: DecodedInput
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private var state = State.fieldStart
    /// A CR ended the last line; an LF right after it belongs to the same line end.
    private var pendingCR = false
    private var line = 1
    private var row = 0
    private var recordLine = 1
    private var quoteLine = 1
    private var cell: [UInt8] = []
    private var cells: [String] = []
    private var issues: [SpreadsheetIssue] = []

    /// Opens `source`, reads its encoding and settles the separator: `separator` if given, else
    /// a `sep=` first line, else the most frequent of `,`, `;` and tab in the header row.
    public init(_ source: SpreadsheetSource, separator: FieldSeparator? = nil) throws(SpreadsheetIssue) {
        do {
            input = try DecodedInput(source)
        } catch {
            throw SpreadsheetIssue(problem: error)
        }
        encoding = input.encoding
        buffer.reserveCapacity(RawInput.chunkSize * 2)
        cell.reserveCapacity(256)

        var headerEnd = bufferFirstLine()
        var declared: FieldSeparator?
        if let (found, length) = sepLine(end: headerEnd) {
            declared = found
            position = length
            line = 2
            recordLine = 2
            headerEnd = bufferFirstLine()
        }
        if let chosen = separator ?? declared {
            self.separator = chosen
        } else {
            self.separator = try Self.detect(buffer[position..<headerEnd], line: line)
        }
    }

    /// The next row, or `nil` at the end of the file. Throws when the file cannot be read on:
    /// a broken character, a quote never closed, a cell or row beyond Excel's size.
    public func next() throws(SpreadsheetIssue) -> SpreadsheetRecord? {
        recordLine = line
        while true {
            if position >= buffer.count {
                if !exhausted {
                    buffer.removeAll(keepingCapacity: true)
                    position = 0
                    do {
                        exhausted = !(try input.read(appendingTo: &buffer))
                    } catch {
                        throw SpreadsheetIssue(line: line, row: row + 1, column: cells.count + 1, problem: error)
                    }
                    continue
                }
                return try finish()
            }
            let bytes = buffer
            let (end, complete) = try bytes.withUnsafeBufferPointer { p throws(SpreadsheetIssue) in try scan(p, from: position) }
            position = end
            if complete { return emit() }
        }
    }

    // MARK: - Tokenizing

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Reads from `start` until a row ends (true) or the chunk does (false). The state lives in
    /// locals while scanning: a stored property of a class costs an exclusivity check per access.
    private func scan(_ p: UnsafeBufferPointer<UInt8>, from start: Int) throws(SpreadsheetIssue) -> (Int, Bool) {
        let quote = Self.quote, cr = Self.cr, lf = Self.lf
        let sep = separator.byte
        let limit = Self.maxCellBytes
        var state = self.state
        var pendingCR = self.pendingCR
        var line = self.line
        var cell = self.cell
        self.cell = []
        defer {
            self.state = state
            self.pendingCR = pendingCR
            self.line = line
            self.cell = cell
        }
        let n = p.count
        var i = start
        while i < n {
            let b = p[i]
            if pendingCR {
                pendingCR = false
                if b == lf { i += 1; continue }
            }
            switch state {
            case .fieldStart:
                if b == quote {
                    state = .quoted
                    quoteLine = line
                    i += 1
                } else if b == sep {
                    try endCell(&cell)
                    i += 1
                } else if b == cr || b == lf {
                    try endCell(&cell)
                    line += 1
                    pendingCR = b == cr
                    return (i + 1, true)
                } else {
                    state = .unquoted
                }
            case .unquoted:
                var j = i
                while j < n {
                    let c = p[j]
                    if c == sep || c == cr || c == lf { break }
                    j += 1
                }
                guard cell.count + (j - i) <= limit else { throw tooLong(quoted: false) }
                cell.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                i = j
                if j < n {
                    let c = p[j]
                    i += 1
                    try endCell(&cell)
                    state = .fieldStart
                    if c != sep {
                        line += 1
                        pendingCR = c == cr
                        return (i, true)
                    }
                }
            case .quoted:
                var j = i
                while j < n {
                    let c = p[j]
                    if c == quote || c == cr || c == lf { break }
                    j += 1
                }
                guard cell.count + (j - i) < limit else { throw tooLong(quoted: true) }
                cell.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                i = j
                if j < n {
                    let c = p[j]
                    i += 1
                    if c == quote {
                        state = .quoteInQuoted
                    } else {
                        // One line break inside a cell, whichever Excel wrote, is kept as LF.
                        cell.append(lf)
                        line += 1
                        pendingCR = c == cr
                    }
                }
            case .quoteInQuoted:
                if b == quote {
                    guard cell.count < limit else { throw tooLong(quoted: true) }
                    cell.append(quote)
                    state = .quoted
                    i += 1
                } else if b == sep {
                    try endCell(&cell)
                    state = .fieldStart
                    i += 1
                } else if b == cr || b == lf {
                    try endCell(&cell)
                    state = .fieldStart
                    line += 1
                    pendingCR = b == cr
                    return (i + 1, true)
                } else {
                    // Excel reads `"ab"cd` as `abcd`; keep the text, but say the file is odd.
                    issues.append(SpreadsheetIssue(line: recordLine, row: row + 1, column: cells.count + 1,
                                                   problem: .textAfterClosingQuote))
                    state = .unquoted
                }
            }
        }
        return (i, false)
    }

    private func tooLong(quoted: Bool) -> SpreadsheetIssue {
        SpreadsheetIssue(line: quoted ? quoteLine : recordLine, row: row + 1, column: cells.count + 1,
                         problem: .cellTooLong(limitBytes: Self.maxCellBytes))
    }

    private func endCell(_ cell: inout [UInt8]) throws(SpreadsheetIssue) {
        guard cells.count < Self.maxCells else {
            throw SpreadsheetIssue(line: recordLine, row: row + 1, problem: .tooManyCells(limit: Self.maxCells))
        }
        cells.append(CellText.nfc(String(decoding: cell, as: UTF8.self)))
        cell.removeAll(keepingCapacity: true)
    }

    private func emit() -> SpreadsheetRecord {
        row += 1
        let record = SpreadsheetRecord(cells: cells, line: recordLine, row: row, issues: issues)
        cells = []
        cells.reserveCapacity(record.cells.count)
        issues = []
        return record
    }

    private func finish() throws(SpreadsheetIssue) -> SpreadsheetRecord? {
        switch state {
        case .quoted:
            throw SpreadsheetIssue(line: quoteLine, row: row + 1, column: cells.count + 1, problem: .unterminatedQuote)
        case .fieldStart where cells.isEmpty:
            return nil
        default:
            try endCell(&cell)
            state = .fieldStart
            return emit()
        }
    }

    // MARK: - Before the first row

    /// Reads until the buffer holds the first line (outside quotes) or 1 MiB of it; returns
    /// where that line ends. A decoding error here is left for ``next()`` to report with its line.
    private func bufferFirstLine() -> Int {
        while true {
            let end = Self.lineEnd(in: buffer, from: position)
            // A CR that ends what has arrived so far may have its LF in the next read (a pipe):
            // that LF is part of this line's end, which `sepLine` must see whole.
            if let end, buffer[end] != Self.cr || end + 1 < buffer.count || exhausted { return end }
            if exhausted || buffer.count - position > 1 << 20 { return end ?? buffer.count }
            do {
                exhausted = !(try input.read(appendingTo: &buffer))
            } catch {
                exhausted = false
                return end ?? buffer.count
            }
        }
    }

    private static func lineEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var quoted = false
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == quote { quoted.toggle() } else if !quoted && (b == cr || b == lf) { return i }
            i += 1
        }
        return nil
    }

    /// Excel's `sep=;` hint on the first line: the separator and the length of the line with its end.
    private func sepLine(end: Int) -> (FieldSeparator, Int)? {
        let text = buffer[position..<end]
        guard text.count == 5,
              String(decoding: text.prefix(4), as: UTF8.self).lowercased() == "sep=",
              let found = FieldSeparator.allCases.first(where: { $0.byte == text.last }) else { return nil }
        var length = end
        if length < buffer.count && buffer[length] == Self.cr { length += 1 }
        if length < buffer.count && buffer[length] == Self.lf { length += 1 }
        return (found, length)
    }

    /// The separator used most often outside quotes in the header row; `,` for a single column.
    private static func detect(_ header: ArraySlice<UInt8>, line: Int) throws(SpreadsheetIssue) -> FieldSeparator {
        var counts: [FieldSeparator: Int] = [:]
        var quoted = false
        for b in header {
            if b == quote {
                quoted.toggle()
            } else if !quoted, let found = FieldSeparator.allCases.first(where: { $0.byte == b }) {
                counts[found, default: 0] += 1
            }
        }
        guard let most = counts.values.max() else { return .comma }
        let best = FieldSeparator.allCases.filter { counts[$0] == most }
        guard best.count == 1 else {
            throw SpreadsheetIssue(line: line, row: 1, problem: .ambiguousSeparator(candidates: best))
        }
        return best[0]
    }
}
