/// The columns one kind of table file has (communes, households, people, …): what
/// ``TableReader`` checks a header and every row against.
public struct TableSchema: Sendable {
    /// What the file holds, for messages: `communes`.
    public let name: String
    public let columns: [ColumnSpec]
    private let byKey: [String: Int]
    private let byID: [String: Int]

    /// Two columns answering to the same header name, or sharing an id, are a programming
    /// error and stop the program.
    public init(name: String, columns: [ColumnSpec]) {
        self.name = name
        self.columns = columns
        var byKey: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            precondition(byID.updateValue(index, forKey: column.id) == nil, "\(name): column id \(column.id) twice")
            for header in [column.id] + column.names {
                let key = CellText.key(header)
                precondition(!key.isEmpty, "\(name): empty header name for \(column.id)")
                if let other = byKey.updateValue(index, forKey: key) {
                    precondition(other == index, "\(name): “\(header)” names both \(columns[other].id) and \(column.id)")
                }
            }
        }
        self.byKey = byKey
        self.byID = byID
    }

    /// The column a header names, if any.
    public func column(named header: String) -> Int? { byKey[CellText.key(header)] }

    /// The index of the column with id `id`.
    public func index(of id: String) -> Int? { byID[id] }
}
