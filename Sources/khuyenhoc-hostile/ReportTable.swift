import Foundation

/// The table `make hostile` prints: one row per group, then every failure.
struct ReportTable {
    let results: [GroupResult]

    func render() -> String {
        let header = ["group", "tried", "declared", "closed", "answered", "failed", "crashes", "lost", "RSS MiB before→after", "call ms before→after"]
        var rows = [header]
        for result in results {
            if result.skipped != nil {
                rows.append([result.name, "skipped", "", "", "", "", "", "", "", ""])
                continue
            }
            rows.append([
                result.name, "\(result.tried)", "\(result.declared)", "\(result.closed)", "\(result.answered)",
                "\(result.failures.count)", "\(result.crashes)", "\(result.dataLost)",
                "\(mebibytes(result.rssBefore))→\(mebibytes(result.rssAfter))",
                "\(milliseconds(result.latencyBefore))→\(milliseconds(result.latencyAfter))",
            ])
        }
        let total = results.filter { $0.skipped == nil && !$0.isSummary }
        rows.append([
            "total", "\(total.map(\.tried).reduce(0, +))", "\(total.map(\.declared).reduce(0, +))",
            "\(total.map(\.closed).reduce(0, +))", "\(total.map(\.answered).reduce(0, +))",
            "\(total.map(\.failures.count).reduce(0, +))", "\(total.map(\.crashes).reduce(0, +))",
            "\(total.map(\.dataLost).reduce(0, +))", "", "",
        ])
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        lines.insert(String(repeating: "-", count: lines[0].count), at: 1)
        lines.insert(String(repeating: "-", count: lines[0].count), at: lines.count - 1)
        for result in results {
            if let skipped = result.skipped { lines.append("  [\(result.name)] \(skipped)") }
            for note in result.notes { lines.append("  [\(result.name)] \(note)") }
            if !result.errorNames.isEmpty {
                lines.append("  [\(result.name)] errors: " + result.errorNames.sorted { $0.value > $1.value }.map { "\($0.key)×\($0.value)" }.joined(separator: ", "))
            }
        }
        for result in results {
            for failure in result.failures.prefix(20) { lines.append("FAIL [\(result.name)] \(failure)") }
            if result.failures.count > 20 { lines.append("FAIL [\(result.name)] … and \(result.failures.count - 20) more") }
        }
        return lines.joined(separator: "\n")
    }

    private func mebibytes(_ bytes: Int?) -> String {
        bytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "–"
    }

    private func milliseconds(_ duration: Duration?) -> String {
        duration.map { String(format: "%.2f", Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1000) } ?? "–"
    }
}
