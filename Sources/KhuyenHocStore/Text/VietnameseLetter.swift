/// One letter of a name read for folding and sorting: its base letter (lowercase), the vowel or
/// consonant modifier Vietnamese writes on it, its tone, and whether it was written in capitals.
struct VietnameseLetter {
    /// What turns a base letter into another letter of the Vietnamese alphabet.
    enum Modifier {
        case none, breve, circumflex, horn, stroke
    }

    /// The lowercase base letter, without any mark (`đ` has base `d` and modifier `.stroke`).
    var base: Unicode.Scalar
    var modifier: Modifier = .none
    var tone: VietnameseTone = .ngang
    var isUppercase: Bool

    /// Applies a combining mark that follows the letter; marks Vietnamese does not use are ignored,
    /// so `ü` folds to `u` and `ñ` to `n`.
    mutating func apply(mark: Unicode.Scalar) {
        if let tone = VietnameseTone(combiningMark: mark) {
            // A syllable carries one tone; when a malformed name carries two, the first one counts.
            if self.tone == .ngang { self.tone = tone }
            return
        }
        switch mark.value {
        case 0x0306: modifier = .breve
        case 0x0302: modifier = .circumflex
        case 0x031B: modifier = .horn
        default: break
        }
    }

    /// Position in the Vietnamese alphabet a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z
    /// (f, j, w, z occur in names of foreign origin), or nil for a letter outside it.
    var alphabetIndex: UInt32? {
        guard base.isASCII, let ascii = UInt8(exactly: base.value), ascii >= 0x61, ascii <= 0x7A else { return nil }
        // Letters that gain a letter of their own when modified, with the count of such letters before them.
        let offset: UInt32 = switch ascii {
        case 0x61: 0          // a
        case 0x62...0x64: 2   // b c d (after ă â)
        case 0x65: 3          // e (after đ)
        case 0x66...0x6F: 4   // f … o (after ê)
        case 0x70...0x75: 6   // p … u (after ô ơ)
        default: 7            // v … z (after ư)
        }
        let index = UInt32(ascii - 0x61) + offset
        switch (ascii, modifier) {
        case (0x61, .breve), (0x64, .stroke), (0x65, .circumflex), (0x6F, .circumflex), (0x75, .horn): return index + 1
        case (0x61, .circumflex), (0x6F, .horn): return index + 2
        default: return index
        }
    }
}
