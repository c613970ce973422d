import Foundation

/// The letter (base, modifier, tone, case) of every precomposed scalar of Latin-1 Supplement,
/// Latin Extended-A and -B, and Latin Extended Additional, where all 134 Vietnamese letters with
/// marks live. Read once from Foundation's canonical decompositions, so that folding and sorting a
/// name costs an array look-up per letter instead of a normalization per name (an import computes
/// the keys of 200,000 names).
enum LatinLetters {
    private static let lowRange: Range<UInt32> = 0x00C0..<0x0250
    private static let highRange: Range<UInt32> = 0x1E00..<0x1F00
    private static let low = table(for: lowRange)
    private static let high = table(for: highRange)

    /// What a scalar is, as far as the tables know.
    enum Entry {
        /// A letter; Vietnamese marks applied, others dropped.
        case letter(VietnameseLetter)
        /// In the tables' ranges but not a letter (`×`, `÷`).
        case notLetter
        /// Outside the tables' ranges.
        case unknown
    }

    @inline(__always)
    static func entry(for value: UInt32) -> Entry {
        let letter: VietnameseLetter?
        if lowRange.contains(value) {
            letter = low[Int(value - lowRange.lowerBound)]
        } else if highRange.contains(value) {
            letter = high[Int(value - highRange.lowerBound)]
        } else {
            return .unknown
        }
        return letter.map(Entry.letter) ?? .notLetter
    }

    private static func table(for range: Range<UInt32>) -> [VietnameseLetter?] {
        range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            switch value {
            // Đ đ, and the look-alike Ð ð (eth) that legacy Vietnamese encodings and some keyboards
            // produce in its place.
            case 0x0110, 0x00D0: return VietnameseLetter(base: "d", modifier: .stroke, isUppercase: true)
            case 0x0111, 0x00F0: return VietnameseLetter(base: "d", modifier: .stroke, isUppercase: false)
            default: break
            }
            guard scalar.properties.isAlphabetic else { return nil }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = parts.first else { return nil }
            let lower = base.properties.lowercaseMapping.unicodeScalars
            var letter = VietnameseLetter(
                base: lower.count == 1 ? lower.first! : base, isUppercase: scalar.properties.isUppercase)
            for mark in parts.dropFirst() { letter.apply(mark: mark) }
            return letter
        }
    }
}
