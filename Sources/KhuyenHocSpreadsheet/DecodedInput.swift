/// A file's bytes as validated UTF-8, whatever the file's encoding, a chunk at a time.
///
/// A broken character is reported only after the valid text before it has been handed out, so
/// the reader, having read that text, knows the line it is on.
final class DecodedInput {
    let encoding: SpreadsheetEncoding
    private let raw: RawInput
    private var chunk: [UInt8] = []
    /// Where the unread part of the first chunk starts (after the byte order mark).
    private var start = 0
    private var firstChunkPending = true
    /// The start of a UTF-8 character cut off by the previous chunk.
    private var carry: [UInt8] = []
    private var transcoder: UTF16Transcoder?
    private var failure: SpreadsheetProblem?
    private var ended = false

    init(_ source: SpreadsheetSource) throws(SpreadsheetProblem) {
        raw = try RawInput(source)
        try raw.read(into: &chunk)
        // A pipe may hand out fewer bytes than a byte order mark needs.
        var more: [UInt8] = []
        while chunk.count < 4 {
            try raw.read(into: &more)
            if more.isEmpty { break }
            chunk.append(contentsOf: more)
        }
        let b = chunk + [UInt8](repeating: 0xAA, count: max(0, 4 - chunk.count))
        switch (b[0], b[1], b[2], b[3]) {
        case (0xEF, 0xBB, 0xBF, _):
            encoding = .utf8WithBOM
            start = 3
        case (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0xFE, 0xFF):
            throw .unsupportedEncoding(name: "UTF-32")
        case (0xFF, 0xFE, _, _):
            encoding = .utf16LittleEndian
            start = 2
            transcoder = UTF16Transcoder(bigEndian: false)
        case (0xFE, 0xFF, _, _):
            encoding = .utf16BigEndian
            start = 2
            transcoder = UTF16Transcoder(bigEndian: true)
        case (0x50, 0x4B, 0x03, 0x04):
            throw .workbookNotCSV(format: ".xlsx")
        case (0xD0, 0xCF, 0x11, 0xE0):
            throw .workbookNotCSV(format: ".xls")
        case (let b0, 0x00, let b2, 0x00) where b0 != 0 && b2 != 0 && chunk.count >= 4,
             (0x00, let b0, 0x00, let b2) where b0 != 0 && b2 != 0 && chunk.count >= 4:
            throw .unsupportedEncoding(name: "UTF-16 without a byte order mark")
        default:
            encoding = .utf8
        }
    }

    /// Appends the next decoded UTF-8 bytes to `out`; false at the end of the file.
    func read(appendingTo out: inout [UInt8]) throws(SpreadsheetProblem) -> Bool {
        if let failure { throw failure }
        if ended { return false }
        while true {
            if firstChunkPending {
                firstChunkPending = false
            } else {
                do { try raw.read(into: &chunk) } catch { failure = error; throw error }
                start = 0
            }
            guard chunk.count > start else {
                ended = true
                if let first = carry.first { failure = .invalidUTF8(byte: first) }
                if let transcoder, !transcoder.isComplete { failure = .invalidUTF16 }
                if let failure { throw failure }
                return false
            }
            let before = out.count
            if transcoder != nil {
                let ok = chunk.withUnsafeBufferPointer { whole in
                    transcoder!.transcode(UnsafeBufferPointer(rebasing: whole[start...]), into: &out)
                }
                if !ok { failure = .invalidUTF16 }
            } else {
                decodeUTF8(into: &out)
            }
            if out.count > before { return true }
            if let failure { throw failure }
        }
    }

    private func decodeUTF8(into out: inout [UInt8]) {
        if !carry.isEmpty {
            // Rare: only when a character straddles two chunks.
            let joined = carry + chunk[start...]
            carry.removeAll()
            joined.withUnsafeBufferPointer { accept($0, into: &out) }
        } else {
            chunk.withUnsafeBufferPointer { whole in
                accept(UnsafeBufferPointer(rebasing: whole[start...]), into: &out)
            }
        }
    }

    private func accept(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        switch UTF8Validator.check(bytes) {
        case .valid:
            out.append(contentsOf: bytes)
        case .incomplete(let at):
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<at]))
            carry.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at...]))
        case .invalid(let at, let byte):
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<at]))
            failure = .invalidUTF8(byte: byte)
        }
    }
}
