/// Spreadsheet column letters: 1 → A, 26 → Z, 27 → AA.
enum ColumnLetter {
    static func of(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let rest = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + rest))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
