import Foundation

/// RFC 5545 §3.1 and §3.3.11: escaping TEXT values and folding content lines.
enum ContentLine {
    /// The longest a line may be, in octets, without its CRLF.
    static let maximumOctets = 75

    /// Escapes a TEXT value: backslash, `;`, `,` and newlines (CRLF, CR or LF become `\n`); NFC first,
    /// so Vietnamese letters are one precomposed character each, as calendar programs expect.
    static func escape(_ text: String) -> String {
        var escaped = ""
        var previousWasCarriageReturn = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !previousWasCarriageReturn { escaped += "\\n" }
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Folds one unfolded line into physical lines of at most 75 octets each, the continuation lines
    /// starting with a space (which counts); breaks only between Unicode scalars, never inside a
    /// UTF-8 sequence. The result has no CRLF.
    static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > maximumOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines
    }
}
