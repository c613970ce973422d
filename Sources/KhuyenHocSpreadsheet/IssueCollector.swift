/// Keeps the first issues up to a limit and counts them all, so a file with a million bad rows
/// costs no more memory than one with a hundred.
struct IssueCollector {
    let limit: Int
    private(set) var issues: [SpreadsheetIssue] = []
    private(set) var count = 0

    init(limit: Int) {
        self.limit = limit
    }

    mutating func add(_ issue: SpreadsheetIssue) {
        count += 1
        if issues.count < limit { issues.append(issue) }
    }

    mutating func add(_ more: [SpreadsheetIssue]) {
        for issue in more { add(issue) }
    }
}
