import GRDB

/// A batch row with the work that needs no database done ahead: checked against the registry's
/// rules, its names keyed for search and sort, its values ready to bind. A source that reads on a
/// thread of its own (an import) prepares its rows there, so that the writer only writes.
public struct PreparedRow: Sendable {
    public let row: RegistryRow
    /// The values to insert, for rows written by one plain insert; nil for evidence and results
    /// (written with checks of their own) and for a row that breaks a rule.
    let arguments: StatementArguments?
    /// The first rule the row breaks.
    let invalid: RegistryError?

    public init(_ row: RegistryRow) {
        self.row = row
        switch row {
        case .evidence, .result:
            arguments = nil
            invalid = nil
        default:
            let record = row.record
            do {
                try record.validate()
                arguments = StatementArguments(record.values)
                invalid = nil
            } catch {
                arguments = nil
                invalid = error
            }
        }
    }
}
