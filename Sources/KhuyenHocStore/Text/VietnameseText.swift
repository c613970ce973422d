import Foundation

/// Vietnamese names as the registry stores, finds and sorts them (DOMAIN.md §8).
///
/// Names arrive from many keyboards and spreadsheets: the same name in NFC or NFD, with or without
/// tone marks, in any case, with doubled or non-breaking spaces. The registry stores
/// ``normalized(_:)`` text, finds it through ``searchKey(_:)`` and orders it by ``sortKey(_:)``:
///
/// ```swift
/// VietnameseText.searchKey("Thanh Thùy") == VietnameseText.searchKey("thanh thuy")  // true
/// VietnameseText.sortKey("Đỗ Động") > VietnameseText.sortKey("Dân Hòa")             // true: d < đ
/// ```
///
/// The order is the one of Vietnamese dictionaries, as set out by Vũ Xuân Lương (Vietnam
/// Lexicography Centre), "Quy tắc sắp xếp đơn vị từ vựng trong từ điển tiếng Việt"
/// (vietlex.com; English: vietunicode.sourceforge.net/charset/quytacABC_en.html):
/// letters a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z; tones ngang, huyền,
/// hỏi, ngã, sắc, nặng; letters decide before tones, syllable by syllable from the left (rule 4.3:
/// `ang` < `anh` whatever their tones, `ba` < `bà` < `bả`); a shorter syllable before a longer one
/// it begins (`cha` < `chan`); lowercase before uppercase when nothing else differs. CLDR's
/// Vietnamese collation (unicode.org/cldr/charts/48/collation/vi.html) has the same letter and tone
/// order. Runs of digits sort by their value (`Thôn 2` < `Thôn 10`), before letters.
public enum VietnameseText {
    /// The text in NFC, with leading and trailing white space removed and every inner run of white
    /// space (including the non-breaking space Excel and Word leave) made one space; invisible
    /// format characters (zero-width space, byte order mark, soft hyphen) are removed.
    public static func normalized(_ text: String) -> String {
        if isTidyNFC(text) { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var isASCII = true
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if !scalar.isASCII, scalar.properties.generalCategory == .format { continue }
            if pendingSpace { result.append(" "); pendingSpace = false }
            if !scalar.isASCII { isASCII = false }
            result.append(scalar)
        }
        let joined = String(result)
        return isASCII ? joined : joined.precomposedStringWithCanonicalMapping
    }

    /// The key two spellings of one name share: lowercase, without tone or vowel marks, `đ` as `d`,
    /// words separated by one space, punctuation as a word break. `"Thanh Thùy"`, `"THANH THUY"`
    /// and the NFD form of `"thanh thùy"` all give `"thanh thuy"`.
    public static func searchKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        forEachPiece(in: text.unicodeScalars[...]) { piece in
            switch piece {
            case .letter(let letter):
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                UTF8.encode(letter.base) { key.append($0) }
            case .digit(let digit):
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(digit)
            case .boundary:
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// A key whose byte order (SQLite's `BINARY`, PostgreSQL's `"C"` collation) is Vietnamese
    /// alphabetical order. The key is opaque: compare it, never show it.
    public static func sortKey(_ text: String) -> String {
        var builder = SortKeyBuilder()
        forEachPiece(in: text.unicodeScalars[...]) { builder.add($0) }
        return builder.finish()
    }

    /// The sort key of a person's full name: the given name (the last word) first, then the family
    /// and middle names, as Vietnamese registers and class lists order people.
    public static func personSortKey(_ fullName: String) -> String {
        let scalars = fullName.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, isSpace(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        guard let space = scalars[..<end].lastIndex(where: isSpace) else { return sortKey(fullName) }
        var builder = SortKeyBuilder()
        forEachPiece(in: scalars[scalars.index(after: space)..<end]) { builder.add($0) }
        builder.add(.boundary)
        forEachPiece(in: scalars[..<space]) { builder.add($0) }
        return builder.finish()
    }

    /// White space, deciding ASCII without the Unicode property look-up (which a name's letters
    /// would otherwise pay, once each, for every person of an import).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Whether `text` is already what ``normalized(_:)`` makes of it, by a check that accepts
    /// common names in one pass: no white space but single inner spaces, and nothing outside ASCII,
    /// Latin-1 to Latin Extended-B and Latin Extended Additional (whose precomposed letters are NFC).
    private static func isTidyNFC(_ text: String) -> Bool {
        var afterSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if afterSpace { return false }
                afterSpace = true
                continue
            }
            afterSpace = false
            switch value {
            case 0x21..<0x7F, 0xA1..<0xAD, 0xAE..<0x0300, 0x1E00..<0x1F00: continue
            default: return false
            }
        }
        return !afterSpace || text.isEmpty
    }

    /// What a name is read as, one piece at a time.
    enum Piece {
        case letter(VietnameseLetter)
        /// An ASCII digit.
        case digit(UInt8)
        /// White space or punctuation: the end of a syllable.
        case boundary
    }

    /// Reads `scalars` as letters (with their marks applied), digits and syllable boundaries; NFC
    /// and NFD text read alike.
    static func forEachPiece(in scalars: Substring.UnicodeScalarView, _ body: (Piece) -> Void) {
        var pending: VietnameseLetter?
        for scalar in scalars {
            let value = scalar.value
            // Combining marks (NFD input, or a tone typed after a precomposed vowel) modify the letter
            // before them.
            if (0x0300..<0x0370).contains(value) {
                pending?.apply(mark: scalar)
                continue
            }
            if let letter = pending { body(.letter(letter)); pending = nil }
            switch value {
            case 0x41...0x5A: pending = VietnameseLetter(base: Unicode.Scalar(UInt8(value + 0x20)), isUppercase: true)
            case 0x61...0x7A: pending = VietnameseLetter(base: scalar, isUppercase: false)
            case 0x30...0x39: body(.digit(UInt8(value)))
            case 0..<0x80: body(.boundary)
            default:
                switch LatinLetters.entry(for: value) {
                case .letter(let letter): pending = letter
                case .notLetter: body(.boundary)
                case .unknown: readOther(scalar, pending: &pending, body)
                }
            }
        }
        if let letter = pending { body(.letter(letter)) }
    }

    /// A scalar outside the Latin tables: another combining mark, a format character (ignored), a
    /// letter of another script, or a boundary.
    private static func readOther(_ scalar: Unicode.Scalar, pending: inout VietnameseLetter?, _ body: (Piece) -> Void) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            // A mark outside U+0300–U+036F belongs to no Vietnamese letter; an invisible format
            // character (zero-width space, byte order mark) is not part of the name.
            return
        default:
            guard properties.isAlphabetic else { body(.boundary); return }
            let lower = properties.lowercaseMapping.unicodeScalars
            pending = VietnameseLetter(base: lower.count == 1 ? lower.first! : scalar, isUppercase: properties.isUppercase)
        }
    }
}
