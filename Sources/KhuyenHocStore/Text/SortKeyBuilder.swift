/// Builds ``VietnameseText/sortKey(_:)``: per syllable its letters, an end mark and its tone; then the
/// case of every letter. Byte order of the result is dictionary order because each level is
/// compared only where all earlier ones are equal:
///
/// - a letter is one byte from `A` (a) to `a` (z) in alphabet order; any other letter is its own
///   lowercase scalar, above them all;
/// - a run of digits is its length (`1`…`?`) then its digits without leading zeros, so numbers sort
///   by value and before letters;
/// - `.` ends a syllable's letters (below every letter and digit: `cha` < `chan`), then one tone
///   digit `0`…`5`;
/// - `/` separates syllables, `!` ends the last one (below `/`: `ba` < `ba x`), followed by `0` for
///   each lowercase and `1` for each uppercase letter.
struct SortKeyBuilder {
    private var key: [UInt8] = []
    private var cases: [UInt8] = []
    private var digits: [UInt8] = []
    /// Set while a run of digits is being read (possibly only zeros, which `digits` leaves out).
    private var inNumber = false
    private var tone: VietnameseTone = .ngang
    private var inSyllable = false
    private var hasSyllable = false

    init() {
        key.reserveCapacity(48)
        cases.reserveCapacity(24)
    }

    mutating func add(_ piece: VietnameseText.Piece) {
        switch piece {
        case .letter(let letter):
            flushDigits()
            beginSyllableIfNeeded()
            if let index = letter.alphabetIndex {
                key.append(0x41 + UInt8(index))
            } else {
                UTF8.encode(letter.base) { key.append($0) }
            }
            if tone == .ngang { tone = letter.tone }
            cases.append(letter.isUppercase ? 0x31 : 0x30)
        case .digit(let digit):
            beginSyllableIfNeeded()
            inNumber = true
            // Leading zeros do not change a number's value: `01` and `1` key alike.
            if digit != 0x30 || !digits.isEmpty { digits.append(digit) }
        case .boundary:
            endSyllable()
        }
    }

    mutating func finish() -> String {
        endSyllable()
        key.append(0x21)  // !
        key.append(contentsOf: cases)
        return String(decoding: key, as: UTF8.self)
    }

    private mutating func beginSyllableIfNeeded() {
        guard !inSyllable else { return }
        if hasSyllable { key.append(0x2F) }  // /
        inSyllable = true
        hasSyllable = true
        tone = .ngang
    }

    private mutating func flushDigits() {
        guard inNumber else { return }
        if digits.isEmpty { digits = [0x30] }
        // Fifteen digits and more share the top length mark; such numbers are not names.
        key.append(0x30 + UInt8(min(digits.count, 15)))
        key.append(contentsOf: digits)
        digits.removeAll(keepingCapacity: true)
        inNumber = false
    }

    private mutating func endSyllable() {
        flushDigits()
        guard inSyllable else { return }
        key.append(0x2E)  // .
        key.append(0x30 + UInt8(tone.rawValue))
        inSyllable = false
    }
}
