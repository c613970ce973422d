import Foundation

/// Small text helpers shared by the reader, the header matcher and the cell reader.
enum CellText {
    /// `text` without leading and trailing white space (including the no-break space Excel
    /// users type); the original string when there is none, which is the usual case.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        // An ASCII letter or digit at both ends settles it without looking up Unicode properties.
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return text }
        guard isWhitespace(text.unicodeScalars.first!) || isWhitespace(text.unicodeScalars.last!) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Unicode's White_Space property, spelled out: the property look-up cost more than the rest
    /// of reading a cell that ends in a Vietnamese letter (`có`).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `text` in NFC. The quick check settles ASCII and text already in NFC (nearly all) without
    /// building a new string.
    static func nfc(_ text: String) -> String {
        if #available(macOS 26, *) {
            var span = text.utf8Span
            if span.checkForNFC(quickCheck: true) { return text }
        } else if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text
        }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The key two names match by: no diacritics (đ → d), lower case, without white space,
    /// `_` and `-`. `Mã xã`, `MA_XA` and `ma xa` (NFC or NFD) share the key `maxa`. With
    /// `keepingPunctuation`, `_` and `-` stay (a lone `-` is not a blank yes/no cell).
    static func key(_ text: String, keepingPunctuation: Bool = false) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out = ""
            for byte in text.utf8 {
                if byte == 0x20 || byte == 0x09 || (!keepingPunctuation && (byte == 0x5F || byte == 0x2D)) { continue }
                out.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
            }
            return out
        }
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if scalar.properties.isWhitespace || (!keepingPunctuation && (scalar == "_" || scalar == "-")) { continue }
            if scalar == "đ" || scalar == "Đ" {
                out.append("d")
                continue
            }
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return String(out)
    }
}
