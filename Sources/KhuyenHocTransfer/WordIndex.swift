import KhuyenHocStore

/// The words for one kind of coded value, looked up by a dictionary: as written (the usual case,
/// one hash), else folded (case, diacritics and spaces ignored).
struct WordIndex<Value: Sendable>: Sendable {
    let table: [(Value, [String])]
    private let exact: [String: Value]
    private let folded: [String: Value]

    init(_ table: [(Value, [String])]) {
        self.table = table
        var exact: [String: Value] = [:]
        var folded: [String: Value] = [:]
        for (value, words) in table {
            for word in words {
                exact[word] = value
                exact[word.lowercased()] = value
                folded[Self.fold(word)] = value
            }
        }
        self.exact = exact
        self.folded = folded
    }

    func value(_ text: String) -> Value? {
        exact[text] ?? folded[Self.fold(text)]
    }

    private static func fold(_ text: String) -> String {
        String(VietnameseText.searchKey(text).unicodeScalars.filter { $0 != " " })
    }
}
