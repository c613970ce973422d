/// A table file refused as a whole: every issue found in it (see ``ValidationReport``).
public struct SpreadsheetRejection: Error, Sendable, CustomStringConvertible {
    public var report: ValidationReport

    public init(report: ValidationReport) {
        self.report = report
    }

    public var description: String { lines(\.description, more: "more issues") }
    /// The issues in Vietnamese.
    public var descriptionVi: String { lines(\.descriptionVi, more: "lỗi khác") }

    private func lines(_ text: (SpreadsheetIssue) -> String, more: String) -> String {
        let rest = report.issueCount - report.issues.count
        return (report.issues.map(text) + (rest > 0 ? ["… \(rest) \(more)"] : [])).joined(separator: "\n")
    }
}
