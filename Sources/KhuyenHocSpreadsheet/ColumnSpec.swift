/// One column a table file may have: its id, type, whether it must be there, and the header
/// names it goes by in Vietnamese and English.
public struct ColumnSpec: Sendable {
    /// The id the importer reads the value by (`communeCode`); also accepted as a header.
    public var id: String
    public var type: CellType
    /// A required column must be in the header and have a value in every row (a blank
    /// boolean counts as no). An optional one may be missing or blank.
    public var isRequired: Bool
    /// Header names, the first shown in messages: `["Mã xã", "commune code", "statistics code"]`.
    /// Matched ignoring case, diacritics (đ = d), NFC/NFD, spaces, `_` and `-`.
    public var names: [String]

    public init(_ id: String, _ type: CellType, required: Bool = false, names: [String]) {
        self.id = id
        self.type = type
        self.isRequired = required
        self.names = names
    }

    /// The name messages use.
    public var displayName: String { names.first ?? id }
}
