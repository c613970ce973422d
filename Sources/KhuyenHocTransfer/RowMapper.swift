import Foundation
import KhuyenHocSpreadsheet
import KhuyenHocStore

/// Turns a row of a table file, its cells already read as their types, into the record it
/// describes. What the spreadsheet layer cannot know is checked here (a kind the registry does not
/// have, a commune code that names no commune); the registry's own rules are left to the store,
/// which names the field that breaks one.
struct RowMapper: Sendable {
    let table: TransferTable
    let communes: CommuneDirectory
    /// Who imports: evidence without "entered by" is entered by them.
    let importer: UInt32
    /// When: evidence without "entered at" is entered now.
    let now: Date

    func map(_ row: ValidatedRow) throws(RowRejection) -> RegistryRow {
        switch table {
        case .communes:
            return .commune(Commune(
                id: id(row), statisticsCode: try statisticsCode(row), name: text(row, "name"),
                kind: try coded(row, "kind", ValueWords.communeKindIndex) ?? .commune,
                validFrom: try day(row, "validFrom"), validUntil: try day(row, "validUntil"),
                mergedInto: try reference(row, "mergedInto"), mergedOn: try day(row, "mergedOn")))
        case .communities:
            return .community(Community(
                id: id(row), communeID: try commune(row), name: text(row, "name"),
                kind: try coded(row, "kind", ValueWords.communityKindIndex) ?? .village))
        case .households:
            return .household(Household(
                id: id(row), communityID: try reference(row, "communityID")!, code: row.text("code"), name: text(row, "name")))
        case .people:
            return .person(Person(
                id: id(row), householdID: try reference(row, "householdID"), name: text(row, "name"),
                birthYear: row.wholeNumber("birthYear") ?? 0, sex: try coded(row, "sex", ValueWords.sexIndex),
                targetGroup: row.text("targetGroup"), inSchool: flag(row, "inSchool"),
                completedUniversalEducation: flag(row, "completedUniversalEducation"), literate: flag(row, "literate"),
                studiedThisYear: flag(row, "studiedThisYear"), goodConduct: flag(row, "goodConduct"),
                resultsAverageOrBetter: flag(row, "resultsAverageOrBetter"), learningCitizen: flag(row, "learningCitizen")))
        case .clans:
            return .clan(Clan(id: id(row), communeID: try commune(row), name: text(row, "name")))
        case .clanMembers:
            return .clanMember(ClanMembership(clanID: try reference(row, "clanID")!, householdID: try reference(row, "householdID")!))
        case .units:
            return .unit(Unit(
                id: id(row), communeID: try commune(row), name: text(row, "name"),
                kind: try coded(row, "kind", ValueWords.unitKindIndex) ?? .other))
        case .staff:
            return .staffMember(UnitStaffMember(
                unitID: try reference(row, "unitID")!, personID: try reference(row, "personID")!, role: row.text("role"),
                trainedThisYear: flag(row, "trainedThisYear"), digitalSkills: flag(row, "digitalSkills")))
        case .evidence:
            var enteredBy = importer
            if let given = row.wholeNumber("enteredBy") {
                guard let uid = UInt32(exactly: given) else {
                    throw RowRejection(columnID: "enteredBy", reason: "must be a user id from 0 to 4294967295",
                                       reasonVi: "phải là mã người dùng từ 0 đến 4294967295")
                }
                enteredBy = uid
            }
            return .evidence(Evidence(
                model: try coded(row, "model", ValueWords.modelIndex)!, subjectID: try reference(row, "subjectID")!,
                year: row.wholeNumber("year") ?? 0, facts: text(row, "facts"), enteredBy: enteredBy,
                enteredAt: try instant(row, "enteredAt") ?? now))
        case .results:
            return .result(StoredResult(
                id: id(row), model: try coded(row, "model", ValueWords.modelIndex)!, subjectID: try reference(row, "subjectID")!,
                year: row.wholeNumber("year") ?? 0, rubricVersion: text(row, "rubricVersion"),
                recognized: flag(row, "recognized"), total: row.decimal("total") ?? 0, grade: row.text("grade").map(Self.unguarded),
                result: text(row, "result"), evaluatedAt: try instant(row, "evaluatedAt")!))
        }
    }

    // MARK: Cells

    /// Text as written, less the `'` an export puts before text Excel would take for a formula.
    private func text(_ row: ValidatedRow, _ id: String) -> String {
        Self.unguarded(row.text(id) ?? "")
    }

    static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, "=+-@".contains(second) else { return text }
        return String(text.dropFirst())
    }

    private func flag(_ row: ValidatedRow, _ id: String) -> Bool { row.boolean(id) ?? false }

    private func id(_ row: ValidatedRow) -> Int64? { row.wholeNumber("id").map(Int64.init) }

    /// An id another record is known by: a whole number above 0.
    private func reference(_ row: ValidatedRow, _ id: String) throws(RowRejection) -> Int64? {
        guard let value = row.wholeNumber(id) else { return nil }
        guard value > 0 else {
            throw RowRejection(columnID: id, reason: "must be the id of a record, a whole number above 0",
                               reasonVi: "phải là mã số của một bản ghi, số nguyên lớn hơn 0")
        }
        return Int64(value)
    }

    private func coded<Value>(_ row: ValidatedRow, _ id: String, _ words: WordIndex<Value>) throws(RowRejection) -> Value? {
        guard let written = row.text(id) else { return nil }
        guard let value = words.value(written) else {
            throw RowRejection(columnID: id, reason: "“\(written)” is not one of: \(ValueWords.choices(words.table))",
                               reasonVi: "“\(written)” không phải một trong: \(ValueWords.choices(words.table))")
        }
        return value
    }

    /// A statistics code; Excel drops the leading zeros of a code it took for a number
    /// (`00004` becomes `4`), so a shorter run of digits gets them back.
    private func statisticsCode(_ row: ValidatedRow) throws(RowRejection) -> String {
        Self.paddedCode(row.text("statisticsCode") ?? "")
    }

    static func paddedCode(_ code: String) -> String {
        guard (1..<5).contains(code.utf8.count), code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return code }
        return String(repeating: "0", count: 5 - code.utf8.count) + code
    }

    /// The commune a row names, by id or statistics code (both: they must agree).
    private func commune(_ row: ValidatedRow) throws(RowRejection) -> Int64 {
        let byID = try reference(row, "communeID")
        let code = row.text("communeCode").map(Self.paddedCode)
        if let code {
            guard let found = communes.id(ofCode: code) else {
                throw RowRejection(columnID: "communeCode", reason: "no commune has the statistics code \(code)",
                                   reasonVi: "không có xã nào có mã \(code)")
            }
            if let byID, communes.code(of: byID) != code {
                throw RowRejection(columnID: "communeCode", reason: "is not the code of commune \(byID) (communeID)",
                                   reasonVi: "không phải mã của xã có mã số \(byID) (communeID)")
            }
            return byID ?? found
        }
        guard let byID else {
            throw RowRejection(columnID: "communeCode", reason: "the commune is required: give its statistics code or its id",
                               reasonVi: "cần có xã: ghi mã xã hoặc mã số của xã")
        }
        return byID
    }

    private func instant(_ row: ValidatedRow, _ id: String) throws(RowRejection) -> Date? {
        guard let written = row.text(id) else { return nil }
        if let date = Timestamp.date(from: written) { return date }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: written) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: written) { return date }
        throw RowRejection(columnID: id, reason: "“\(written)” is not an instant written in RFC 3339, such as 2025-03-01T08:30:00.000Z",
                           reasonVi: "“\(written)” không phải thời điểm theo RFC 3339, ví dụ 2025-03-01T08:30:00.000Z")
    }

    /// A date cell as the registry's date, which starts at the year 1000.
    private func day(_ row: ValidatedRow, _ id: String) throws(RowRejection) -> KhuyenHocStore.CalendarDate? {
        guard let date = row.date(id) else { return nil }
        guard let day = KhuyenHocStore.CalendarDate(year: date.year, month: date.month, day: date.day) else {
            throw RowRejection(columnID: id, reason: "\(date) is before the year 1000", reasonVi: "\(date) trước năm 1000")
        }
        return day
    }
}
