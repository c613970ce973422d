import Foundation
import KhuyenHocAPI
import KhuyenHocSpreadsheet

/// Reports as CSV rows: one row per area (or commune) and measure, with the numbers as numbers.
enum ReportCSV {
    static let columns = [
        "code", "commune", "year", "day", "measure", "model", "title", "total", "registered", "evaluated", "recognized",
        "share", "target2025", "target2030", "targetYear", "target", "gap", "behind",
    ]

    /// Writes the rows to standard output.
    static func print(_ rows: [(code: String?, name: String?, measure: MeasureProgress)], year: Int, day: String,
                      options: WriterOptions, text: Localizer) throws {
        let writer = SpreadsheetWriter(options: options)
        let header = text.report(.csvHeader(columns)).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        try writer.write(header)
        for row in rows {
            let measure = row.measure
            try writer.write([
                row.code.map(CellValue.text) ?? .empty, row.name.map(CellValue.text) ?? .empty,
                .wholeNumber(year), .text(day), .text(measure.id), .text(measure.model),
                .text(text.pick(measure.title, measure.titleVi)),
                .wholeNumber(measure.total), .wholeNumber(measure.registered), .wholeNumber(measure.evaluated),
                .wholeNumber(measure.recognized), measure.share.map(CellValue.decimal) ?? .empty,
                .decimal(measure.target2025), .decimal(measure.target2030), .wholeNumber(measure.target.year),
                .decimal(measure.target.percent), measure.gap.map(CellValue.decimal) ?? .empty, .boolean(measure.behind),
            ])
        }
        let bytes = try writer.finish()
        FileHandle.standardOutput.write(Data(bytes))
    }
}
