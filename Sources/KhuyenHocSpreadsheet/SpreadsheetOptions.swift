/// How a table file is read.
public struct SpreadsheetOptions: Sendable {
    /// The separator, or `nil` to detect it from the header row.
    public var separator: FieldSeparator?
    /// The decimal mark the file was written with, or `nil` when unknown. It only decides numbers
    /// such as `1,234` that read either way; without it they are refused as ambiguous.
    public var decimalMark: DecimalMark?
    /// At most this many issues are kept; the rest are only counted.
    public var maxIssues: Int

    public init(separator: FieldSeparator? = nil, decimalMark: DecimalMark? = nil, maxIssues: Int = 100) {
        self.separator = separator
        self.decimalMark = decimalMark
        self.maxIssues = max(1, maxIssues)
    }
}
