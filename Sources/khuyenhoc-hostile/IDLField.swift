/// A method parameter or a struct field: `name: type`.
struct IDLField {
    var name: String
    var type: IDLType

    static func parse(_ text: Substring) -> IDLField? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { return nil }
        return IDLField(name: name, type: IDLType.parse(text[text.index(after: colon)...]))
    }
}
