/// What reading a whole table file found: the file's form, how many data rows it has, and every
/// issue (the first ``SpreadsheetOptions/maxIssues`` kept, all counted).
public struct ValidationReport: Sendable {
    /// `nil` when the file could not be opened or decoded at all.
    public var encoding: SpreadsheetEncoding?
    public var separator: FieldSeparator?
    /// How the header matched the schema; `nil` when there was no header.
    public var header: HeaderMatch?
    /// Data rows read (blank rows are not counted).
    public var rowCount: Int
    public var issues: [SpreadsheetIssue]
    /// All issues found, including those beyond the ones kept.
    public var issueCount: Int

    public var isValid: Bool { issueCount == 0 }
}
