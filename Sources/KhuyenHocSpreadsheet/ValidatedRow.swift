/// A data row whose every cell has been read as its column's type, with where it came from.
public struct ValidatedRow: Sendable {
    /// The line of the file the row starts on.
    public let line: Int
    /// The row as a spreadsheet shows it.
    public let row: Int
    /// One value per schema column, in the schema's order.
    public let values: [CellValue]
    let schema: TableSchema

    /// The value of the column with id `id`; naming a column the schema lacks is a programming error.
    public subscript(id: String) -> CellValue {
        guard let index = schema.index(of: id) else { preconditionFailure("\(schema.name) has no column \(id)") }
        return values[index]
    }

    /// The value of column `id` when it is of that kind; `nil` when blank or absent.
    public func text(_ id: String) -> String? { self[id].text }
    public func wholeNumber(_ id: String) -> Int? { self[id].wholeNumber }
    public func decimal(_ id: String) -> Double? { self[id].decimal }
    public func boolean(_ id: String) -> Bool? { self[id].boolean }
    public func date(_ id: String) -> CalendarDate? { self[id].date }
}
