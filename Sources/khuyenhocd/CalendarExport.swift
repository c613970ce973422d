import Foundation
import KhuyenHocAPI
import KhuyenHocCalendar
import KhuyenHocCore
import KhuyenHocStore
import Varlink

/// `vn.khuyenhoc.Reports.Calendar`: the deadlines of an area and model as an RFC 5545 calendar,
/// one event per deadline with an alarm per lead time.
struct CalendarExport {
    let deadlines: any DeadlineStore
    let registry: any RegistryStore

    /// The calendar of the deadlines `area` (a commune's code: every commune that has carried it,
    /// with the district's deadlines) and `model` select, as `DeadlineFilter` keeps them.
    func calendar(area: String?, model: String?, now: Date = Date()) async throws(VarlinkError) -> CalendarReply {
        var filter = DeadlineFilter()
        if let model {
            guard let known = RegistryModel(rawValue: model) else {
                throw KhuyenHocErrors.reportInvalidValue(
                    field: "model", reason: "must be citizen, family, clan, community or unit, not \(model)")
            }
            filter.model = known
        }
        let communes: [Int64: Commune]
        do {
            communes = Dictionary(
                try await CommuneTimeline.load(from: registry).communes.compactMap { commune in commune.id.map { ($0, commune) } },
                uniquingKeysWith: { first, _ in first })
        } catch {
            throw KhuyenHocErrors.reportStorageFailed(error.description)
        }
        if let area {
            guard area.utf8.count == 5, area.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                throw KhuyenHocErrors.reportInvalidValue(field: "area", reason: "must be a 5-digit statistics code, such as 10144, not \(area)")
            }
            // A code carried by several communes in turn (a merge) names all of them.
            let ids = communes.values.filter { $0.statisticsCode == area }.compactMap(\.id).sorted()
            if ids.isEmpty { throw KhuyenHocErrors.reportCommuneNotFound(field: "area", code: area) }
            filter.communeIDs = ids
        }
        let selected: [Deadline]
        do {
            selected = try await deadlines.deadlines(matching: filter)
        } catch {
            throw KhuyenHocErrors.reportStorageFailed(error.description)
        }
        let events = selected.map { Self.event($0, commune: $0.scope.communeID.flatMap { communes[$0] }) }
        do {
            return CalendarReply(ics: try CalendarWriter().document(events, stamp: now), events: events.count)
        } catch {
            throw KhuyenHocErrors.reportStorageFailed("a stored deadline cannot be written as iCalendar: \(error.description)")
        }
    }

    /// The event of one deadline. A date deadline's reminders come at its reminder time: a lead of
    /// d days is d days before the day at that time, so d × 86,400 s less the minutes past
    /// midnight before the day's start.
    static func event(_ deadline: Deadline, commune: Commune?) -> CalendarDeadline {
        let due: CalendarDue
        var leads: [Duration]
        switch deadline.due {
        case .date(let date):
            due = .day(CalendarDay(year: date.year, month: date.month, day: date.day)!)
            leads = deadline.leadTimes.map { .seconds($0 - Int64(deadline.localMinute) * 60) }
        case .instant(let instant):
            due = .instant(instant)
            leads = deadline.leadTimes.map { .seconds($0) }
        }
        leads = leads.filter { $0 > .zero }
        var about: [(en: String, vi: String)] = []
        if let commune {
            about.append(("Commune: \(commune.name) (\(commune.statisticsCode))", "Xã: \(commune.name) (\(commune.statisticsCode))"))
        } else {
            about.append(("The whole district", "Toàn huyện"))
        }
        if let model = deadline.scope.model {
            let name = RolloutWording.modelName(model)
            about.append(("Model: \(name.en)", "Mô hình: \(name.vi)"))
        }
        if let phase = deadline.phase {
            let name = RolloutWording.phaseName(phase)
            about.append(("Rollout phase: \(name.en)", "Giai đoạn triển khai: \(name.vi)"))
        }
        if deadline.sample { about.append(("Sample data", "Dữ liệu mẫu")) }
        var categories: [String] = []
        if let model = deadline.scope.model { categories.append(model.rawValue) }
        if let commune { categories.append(commune.name) }
        return CalendarDeadline(
            id: "deadline-\(deadline.id)", title: deadline.title, titleVi: deadline.titleVi ?? deadline.title,
            description: about.map(\.en).joined(separator: " · "), descriptionVi: about.map(\.vi).joined(separator: " · "),
            due: due, recurrence: deadline.rrule, leadTimes: leads, categories: categories)
    }
}
