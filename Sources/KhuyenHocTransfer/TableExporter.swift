import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore

/// Writes one table of the registry as CSV that Excel opens correctly (UTF-8 with a byte order
/// mark unless asked otherwise, CRLF, `,` or `;`), in the columns ``TableImporter`` reads, so that
/// a file exported and imported into an empty registry gives the same records. Rows are read a
/// page at a time and handed out in chunks, so a table of any size holds one page.
///
/// ```swift
/// let exporter = TableExporter(table: .people, options: WriterOptions(separator: .semicolon))
/// let rows = try await exporter.run(from: store) { chunk in try await send(chunk) }
/// ```
public struct TableExporter: Sendable {
    public var table: TransferTable
    public var options: WriterOptions
    /// Bytes gathered before a chunk is handed out.
    public var chunkSize: Int

    public init(table: TransferTable, options: WriterOptions = WriterOptions(), chunkSize: Int = 256 * 1024) {
        self.table = table
        self.options = options
        self.chunkSize = max(1, chunkSize)
    }

    /// Reads the table from `store` and hands the file's bytes to `send` in chunks (the last one
    /// possibly empty); returns the number of rows written.
    public func run(from store: any RegistryStore, send: ([UInt8]) async throws -> Void) async throws -> Int {
        let communes = table.refersToCommunes ? try await CommuneDirectory.load(store) : CommuneDirectory([])
        let writer = SpreadsheetWriter(options: options)
        try writer.write(table.schema.columns.map(\.displayName))
        var count = 0
        var page = PageRequest.first(PageRequest.maximumLimit)
        var pending: [UInt8] = []
        while true {
            let found = try await store.rows(of: table.entity, page: page)
            for row in found.items {
                try writer.write(cells(row, communes: communes))
                count += 1
            }
            pending += writer.takeBytes()
            if pending.count >= chunkSize {
                try await send(pending)
                pending.removeAll(keepingCapacity: true)
            }
            guard let next = found.next else { break }
            page = PageRequest(limit: PageRequest.maximumLimit, after: next)
        }
        pending += try writer.finish()
        try await send(pending)
        return count
    }

    /// One record's cells, in the schema's column order.
    func cells(_ row: RegistryRow, communes: CommuneDirectory) -> [CellValue] {
        func id(_ value: Int64?) -> CellValue { value.map { .wholeNumber(Int($0)) } ?? .empty }
        func text(_ value: String?) -> CellValue { value.map(CellValue.text) ?? .empty }
        func day(_ value: KhuyenHocStore.CalendarDate?) -> CellValue {
            value.flatMap { KhuyenHocSpreadsheet.CalendarDate(year: $0.year, month: $0.month, day: $0.day) }.map(CellValue.date) ?? .empty
        }
        func commune(_ communeID: Int64) -> [CellValue] { [id(communeID), text(communes.code(of: communeID))] }
        switch row {
        case .commune(let c):
            return [id(c.id), .text(c.statisticsCode), .text(c.name), .text(ValueWords.word(c.kind, in: ValueWords.communeKinds)),
                    day(c.validFrom), day(c.validUntil), id(c.mergedInto), day(c.mergedOn)]
        case .community(let c):
            return [id(c.id)] + commune(c.communeID) + [.text(c.name), .text(ValueWords.word(c.kind, in: ValueWords.communityKinds))]
        case .household(let h):
            return [id(h.id), id(h.communityID), text(h.code), .text(h.name)]
        case .person(let p):
            return [id(p.id), id(p.householdID), .text(p.name), .wholeNumber(p.birthYear),
                    text(p.sex.map { ValueWords.word($0, in: ValueWords.sexes) }), text(p.targetGroup),
                    .boolean(p.inSchool), .boolean(p.completedUniversalEducation), .boolean(p.literate),
                    .boolean(p.studiedThisYear), .boolean(p.goodConduct), .boolean(p.resultsAverageOrBetter),
                    .boolean(p.learningCitizen)]
        case .clan(let c):
            return [id(c.id)] + commune(c.communeID) + [.text(c.name)]
        case .clanMember(let m):
            return [id(m.clanID), id(m.householdID)]
        case .unit(let u):
            return [id(u.id)] + commune(u.communeID) + [.text(u.name), .text(ValueWords.word(u.kind, in: ValueWords.unitKinds))]
        case .staffMember(let s):
            return [id(s.unitID), id(s.personID), text(s.role), .boolean(s.trainedThisYear), .boolean(s.digitalSkills)]
        case .evidence(let e):
            return [.text(e.model.rawValue), id(e.subjectID), .wholeNumber(e.year), .text(e.facts),
                    .wholeNumber(Int(e.enteredBy)), .text(Timestamp.string(from: e.enteredAt))]
        case .result(let r):
            return [id(r.id), .text(r.model.rawValue), id(r.subjectID), .wholeNumber(r.year), .text(r.rubricVersion),
                    .boolean(r.recognized), .decimal(r.total), text(r.grade), .text(Timestamp.string(from: r.evaluatedAt)),
                    .text(r.result)]
        case .origin:
            return []
        }
    }
}
