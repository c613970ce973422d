import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Testing
import Varlink
@testable import KhuyenHocCore

/// Reports on the hand-checked district of ``ReportDistrict``; every number is worked out in
/// the comments from the facts listed there.
@Suite struct ProgressReporterTests {
    /// A day long after every report year, so that every year ends on 31 December.
    static let today = CalendarDate("2026-11-29")!

    static func measure(_ reply: ProgressReply, _ id: String) -> MeasureProgress {
        reply.measures.first { $0.id == id }!
    }

    static func numbers(_ measure: MeasureProgress) -> [Int] {
        [measure.total, measure.registered, measure.evaluated, measure.recognized]
    }

    @Test func aCommuneThatWasAlwaysThere() async throws {
        let district = try await ReportDistrict()
        let reply = try await ProgressReporter(store: district.store).progress(area: "10120", year: 2024, today: Self.today)
        #expect(reply.area.name == "Cự Khê")
        #expect(reply.day == "2024-12-31")
        #expect(reply.area.counted.map(\.code) == ["10120"])
        // Families h1–h4: evidence h1, h3; results h1, h2; h1's latest recognised, h2's not.
        let families = Self.measure(reply, "families")
        #expect(Self.numbers(families) == [4, 2, 2, 1])
        #expect(families.share == 25)
        #expect(families.target.year == 2025 && families.target.percent == 70 && families.target.basis == "387/QĐ-TTg")
        #expect(families.target2025 == 70 && families.target2030 == 80)
        #expect(families.gap == 45)
        #expect(families.behind)
        // Adults: p1 (44), p3 (15), p4, p5, p6; not p2 (12), not p10 (no household).
        // Evidence p1, p4; results p1, p3, p4; recognised p1, p3: 2 of 5 = 40 % = the target.
        let adults = Self.measure(reply, "adultCitizens")
        #expect(Self.numbers(adults) == [5, 2, 3, 2])
        #expect(adults.share == 40 && adults.gap == 0)
        #expect(!adults.behind)
        // Staff of uA: p1 and p10, both with evidence and recognised.
        #expect(Self.numbers(Self.measure(reply, "staffCitizens")) == [2, 2, 2, 2])
        #expect(Self.numbers(Self.measure(reply, "units")) == [1, 0, 1, 1])
        #expect(Self.numbers(Self.measure(reply, "clans")) == [1, 0, 1, 0])
        #expect(Self.numbers(Self.measure(reply, "communities")) == [1, 0, 1, 1])
        #expect(reply.basis.map(\.id) == ["387/QĐ-TTg", "677/QĐ-TTg", "291/KH-UBND"])
    }

    @Test func aMergedCommuneAfterTheMergeCountsTheCommunesItReplaced() async throws {
        let district = try await ReportDistrict()
        let reply = try await ProgressReporter(store: district.store).progress(area: "10174", year: 2024, today: Self.today)
        // On 2024-12-31 code 10174 is Cao Xuân Dương; it counts Cao Dương's and Xuân Dương's villages.
        #expect(reply.area.name == "Cao Xuân Dương" && reply.area.validFrom == "2024-12-01")
        #expect(Set(reply.area.counted.map(\.name)) == ["Cao Xuân Dương", "Cao Dương", "Xuân Dương"])
        // Families h5, h6: evidence h6; both evaluated; h5 recognised, h6's later-stored result recognised.
        let families = Self.measure(reply, "families")
        #expect(Self.numbers(families) == [2, 1, 2, 2])
        #expect(families.share == 100 && families.gap == -30 && !families.behind)
        // Adults p7, p8, p9; only p7 evaluated and recognised: 33.33 %, 6.67 points behind 40.
        let adults = Self.measure(reply, "adultCitizens")
        #expect(Self.numbers(adults) == [3, 0, 1, 1])
        #expect(adults.share == 33.33 && adults.gap == 6.67 && adults.behind)
        // Staff of uB: p7 and p1 (p1 also works in Cự Khê); p1 has evidence; both recognised.
        #expect(Self.numbers(Self.measure(reply, "staffCitizens")) == [2, 1, 2, 2])
        // uB not evaluated: 0 of 1, 80 points behind; clan kC and villages b1, c1 not evaluated.
        let units = Self.measure(reply, "units")
        #expect(Self.numbers(units) == [1, 0, 0, 0] && units.gap == 80 && units.behind)
        #expect(Self.numbers(Self.measure(reply, "clans")) == [1, 0, 0, 0])
        #expect(Self.numbers(Self.measure(reply, "communities")) == [2, 0, 0, 0])
    }

    @Test func theWholeDistrictCountsEverySubjectOnceAndAPersonOnTwoStaffsOnce() async throws {
        let district = try await ReportDistrict()
        let reply = try await ProgressReporter(store: district.store).progress(area: nil, year: 2024, today: Self.today)
        #expect(reply.area.code == nil && reply.area.name == nil)
        #expect(reply.area.counted.map(\.name) == ["Cao Xuân Dương", "Cự Khê"])
        // Families: 4 + 2; registered 2 + 1; evaluated 2 + 2; recognised 1 + 2 = 3 of 6 = 50 %.
        let families = Self.measure(reply, "families")
        #expect(Self.numbers(families) == [6, 3, 4, 3] && families.share == 50 && families.gap == 20)
        // Staff: p1, p10, p7 (p1 once): 3, with evidence p1, p10.
        #expect(Self.numbers(Self.measure(reply, "staffCitizens")) == [3, 2, 3, 3])
        #expect(Self.numbers(Self.measure(reply, "adultCitizens")) == [8, 2, 4, 3])
        #expect(Self.numbers(Self.measure(reply, "units")) == [2, 0, 1, 1])
    }

    @Test func aYearBeforeTheMergeIsReportedPerOldCommune() async throws {
        let district = try await ReportDistrict()
        let reporter = ProgressReporter(store: district.store)
        // On 2023-12-31 code 10174 was Cao Dương (the code was reused later): h5, recognised in 2023.
        let caoDuong = try await reporter.progress(area: "10174", year: 2023, today: Self.today)
        #expect(caoDuong.area.name == "Cao Dương" && caoDuong.area.validUntil == "2024-11-30")
        #expect(caoDuong.area.counted.map(\.name) == ["Cao Dương"])
        #expect(Self.numbers(Self.measure(caoDuong, "families")) == [1, 0, 1, 1])
        let xuanDuong = try await reporter.progress(area: "10177", year: 2023, today: Self.today)
        #expect(Self.numbers(Self.measure(xuanDuong, "families")) == [1, 0, 0, 0])
        let district2023 = try await reporter.progress(area: nil, year: 2023, today: Self.today)
        #expect(district2023.area.counted.map(\.name) == ["Cao Dương", "Cự Khê", "Xuân Dương"])
        #expect(Self.numbers(Self.measure(district2023, "families")) == [6, 0, 1, 1])
    }

    @Test func anOldCodeAfterItsMergeNamesTheCommuneItWentInto() async throws {
        let district = try await ReportDistrict()
        let error = await #expect(throws: VarlinkError.self) {
            _ = try await ProgressReporter(store: district.store).progress(area: "10177", year: 2025, today: Self.today)
        }
        #expect(error?.name == "vn.khuyenhoc.Reports.CommuneNotInYear")
        #expect(error?.parameters["field"] == .string("area"))
        #expect(error?.parameters["name"] == .string("Xuân Dương"))
        #expect(error?.parameters["mergedInto"] == .object(["code": .string("10174"), "name": .string("Cao Xuân Dương")]))
        #expect(error?.parameters["mergedOn"] == .string("2024-12-01"))
    }

    @Test func aNewCodeBeforeItsCommuneExistedNamesTheCommunesItReplaced() async throws {
        let district = try await ReportDistrict()
        // Cự Khê merged into a new commune with a new code in 2025.
        let newCommune = try await district.store.addCommune(
            Commune(statisticsCode: "10999", name: "Thanh Oai", validFrom: CalendarDate("2025-07-01")!))
        _ = try await district.store.recordMerge(of: [district.cuKhe.id!], into: newCommune.id!, on: CalendarDate("2025-07-01")!)
        let reporter = ProgressReporter(store: district.store)
        let error = await #expect(throws: VarlinkError.self) {
            _ = try await reporter.progress(area: "10999", year: 2024, today: Self.today)
        }
        #expect(error?.name == "vn.khuyenhoc.Reports.CommuneNotInYear")
        #expect(error?.parameters["validFrom"] == .string("2025-07-01"))
        #expect(error?.parameters["replaced"] == .array([.object(["code": .string("10120"), "name": .string("Cự Khê")])]))
        // 2024 stays reachable under the old code, and 2024's results are 2024's, not 2025's.
        let old = try await reporter.progress(area: "10120", year: 2024, today: Self.today)
        #expect(Self.numbers(Self.measure(old, "families")) == [4, 2, 2, 1])
        // In 2025 the new commune holds Cự Khê's households; none was evaluated for 2025.
        let new = try await reporter.progress(area: "10999", year: 2025, today: Self.today)
        #expect(new.area.counted.map(\.code) == ["10999", "10120"])
        #expect(Self.numbers(Self.measure(new, "families")) == [4, 0, 0, 0])
    }

    @Test func communesBehindWorstFirst() async throws {
        let district = try await ReportDistrict()
        let reporter = ProgressReporter(store: district.store)
        let reply = try await reporter.communesBehind(area: nil, year: 2024, model: nil, today: Self.today)
        // Cao Xuân Dương units 80; then 65 points: Cao Xuân Dương clans and communities, Cự Khê
        // clans (communes in Vietnamese order); Cự Khê families 45; Cao Xuân Dương adults 6.67.
        let entries = reply.behind.map { "\($0.commune.name) \($0.measure.id) \($0.measure.gap!)" }
        #expect(entries == [
            "Cao Xuân Dương units 80.0", "Cao Xuân Dương clans 65.0", "Cao Xuân Dương communities 65.0",
            "Cự Khê clans 65.0", "Cự Khê families 45.0", "Cao Xuân Dương adultCitizens 6.67",
        ])
        let citizens = try await reporter.communesBehind(area: nil, year: 2024, model: "citizen", today: Self.today)
        #expect(citizens.behind.map(\.measure.id) == ["adultCitizens"])
        let one = try await reporter.communesBehind(area: "10120", year: 2024, model: "family", today: Self.today)
        #expect(one.behind.map { "\($0.commune.code) \($0.measure.numbersText)" } == ["10120 4/2/2/1"])
    }

    @Test func wrongRequestsGetDeclaredErrorsNamingTheField() async throws {
        let district = try await ReportDistrict()
        let reporter = ProgressReporter(store: district.store)
        let cases: [(String?, Int, String?, String, String)] = [
            ("10120", 1999, nil, "vn.khuyenhoc.Reports.InvalidValue", "year"),
            ("10120", 2101, nil, "vn.khuyenhoc.Reports.InvalidValue", "year"),
            ("1012", 2024, nil, "vn.khuyenhoc.Reports.InvalidValue", "area"),
            ("99999", 2024, nil, "vn.khuyenhoc.Reports.CommuneNotFound", "area"),
            (nil, 2024, "village", "vn.khuyenhoc.Reports.InvalidValue", "model"),
        ]
        for (area, year, model, name, field) in cases {
            let error = await #expect(throws: VarlinkError.self) {
                _ = try await reporter.communesBehind(area: area, year: year, model: model, today: Self.today)
            }
            #expect(error?.name == name, "\(area ?? "-") \(year)")
            #expect(error?.parameters["field"] == .string(field))
        }
    }

    @Test func theReportDayIsTheYearsLastDayOrTodayInTheCurrentYear() {
        #expect(ReportDay.day(for: 2024, today: Self.today).description == "2024-12-31")
        #expect(ReportDay.day(for: 2026, today: Self.today).description == "2026-11-29")
        #expect(ReportDay.day(for: 2030, today: Self.today).description == "2030-12-31")
    }
}

extension MeasureProgress {
    var numbersText: String { "\(total)/\(registered)/\(evaluated)/\(recognized)" }
}
