/// Helpers for reading IDL text: comments out, parenthesised groups, top-level commas.
enum IDLText {
    /// The text without `#` comments.
    static func withoutComments(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.firstIndex(of: "#").map { line[..<$0] } ?? line[...] }
            .joined(separator: "\n")
    }

    /// The text between the `(` at `open` and its matching `)`, and the index after that `)`.
    static func group(in text: Substring, from open: Substring.Index) -> (Substring, Substring.Index)? {
        var depth = 0
        var index = open
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return (text[text.index(after: open)..<index], text.index(after: index)) }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Splits at commas outside parentheses; empty parts are dropped.
    static func splitTopLevel(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(text[start...])
        return parts.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
