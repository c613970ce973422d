/// A plain-text table with aligned columns. Widths count grapheme clusters (`String.count`), so
/// Vietnamese text with diacritics lines up like ASCII.
///
/// ```swift
/// var table = TextTable(header: ["ID", "Title"])
/// table.add(["sl1", "Có kế hoạch học tập"])
/// print(table.render())
/// ```
struct TextTable {
    /// How a column's cells sit in their width.
    enum Alignment {
        case left
        case right
    }

    /// A row of cells, or a note printed on its own line under the previous row.
    enum Row {
        case cells([String])
        case note(String)
    }

    var header: [String]?
    var alignments: [Alignment]
    private(set) var rows: [Row] = []
    /// Spaces between columns.
    var gap = 2

    init(header: [String]? = nil, alignments: [Alignment] = []) {
        self.header = header
        self.alignments = alignments
    }

    mutating func add(_ cells: [String]) {
        rows.append(.cells(cells))
    }

    /// Adds a line that spans the table and does not set column widths.
    mutating func addNote(_ text: String) {
        rows.append(.note(text))
    }

    /// The table as lines, trailing spaces trimmed.
    func render() -> String {
        let cellRows = rows.compactMap { row -> [String]? in
            if case .cells(let cells) = row { return cells }
            return nil
        }
        let all = (header.map { [$0] } ?? []) + cellRows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for cells in all {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], Self.width(cell)) }
        }
        var lines: [String] = []
        if let header {
            lines.append(line(header, widths: widths))
            lines.append(line(widths.map { String(repeating: "─", count: $0) }, widths: widths))
        }
        for row in rows {
            switch row {
            case .cells(let cells): lines.append(line(cells, widths: widths))
            case .note(let text): lines.append(text)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The columns a cell takes: its characters, less the terminal's colour codes (`ESC [ … m`),
    /// which take none.
    static func width(_ cell: String) -> Int {
        guard cell.contains("\u{1B}") else { return cell.count }
        var width = 0
        var inEscape = false
        for character in cell {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                width += 1
            }
        }
        return width
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[index] - Self.width(cell)))
            let alignment = index < alignments.count ? alignments[index] : .left
            if index > 0 { text += String(repeating: " ", count: gap) }
            text += alignment == .right ? padding + cell : cell + padding
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
