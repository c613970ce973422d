import Foundation
import GRDB
@testable import KhuyenHocStore
import Testing

@Suite("Rollout plan days as deadlines: created, moved, removed and reached in the rollout's own writes")
struct DeadlineLinkTests {
    static let instant = StoreFixture.instant
    static let today = CalendarDate("2025-03-10")!

    private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func plan(_ communes: [Commune], _ model: RegistryModel, _ days: [RolloutPhase: CalendarDate], overwrite: Bool = false, at: Date = instant) -> RolloutPlan {
        RolloutPlan(communeIDs: communes.map { $0.id! }, model: model, deadlines: days, overwrite: overwrite, setBy: 1000, setAt: at, today: Self.today)
    }

    private func change(_ commune: Commune, _ model: RegistryModel, _ phase: RolloutPhase, on: String, note: String? = nil, by uid: UInt32) -> PhaseChange {
        PhaseChange(communeID: commune.id!, model: model, phase: phase, effectiveOn: day(on), note: note, madeBy: uid, madeAt: Self.instant, today: Self.today)
    }

    private func linked(_ store: SQLiteRegistryStore, _ commune: Commune, _ model: RegistryModel) async throws -> [RolloutPhase: Deadline] {
        let all = try await store.deadlines(matching: DeadlineFilter(communeIDs: [commune.id!], model: model))
        return Dictionary(uniqueKeysWithValues: all.compactMap { deadline in deadline.phase.map { ($0, deadline) } })
    }

    private func reached(_ store: SQLiteRegistryStore, _ deadline: Deadline) async throws -> Set<String> {
        try await store.reminderHistory(deadline.id).reached
    }

    @Test("a plan makes one deadline per commune and phase, titled in English and Vietnamese (NFC), due on the day, with the default reminders")
    func planCreates() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài".decomposedStringWithCanonicalMapping, kind: .town)
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        _ = try await store.applyPlan(plan([kimBai, thanhThuy], .family, [.pilot: day("2025-06-30"), .massRollout: day("2026-12-15")]))
        let days = try await linked(store, kimBai, .family)
        #expect(days.keys.sorted() == [.pilot, .massRollout])
        let pilot = try #require(days[.pilot])
        #expect(pilot.title == "Kim Bài: reach pilot of Learning Family")
        #expect(Array(pilot.titleVi!.utf8) == Array("Kim Bài: đạt giai đoạn thí điểm mô hình Gia đình học tập".precomposedStringWithCanonicalMapping.utf8))
        #expect(pilot.scope == .communeModel(commune: kimBai.id!, model: .family))
        #expect(pilot.due == .date(day("2025-06-30")))
        #expect(pilot.rrule == nil && pilot.leadTimes == Deadline.defaultLeadTimes && pilot.overdueInterval == Deadline.defaultOverdueInterval)
        #expect(pilot.armedAt == Self.instant && pilot.createdBy == 1000 && !pilot.sample)
        #expect(try await reached(store, pilot).isEmpty)
        #expect(try await linked(store, thanhThuy, .family).count == 2)
        #expect(try await store.allDeadlines().count == 4)
    }

    @Test("a commune name too long for a title is cut short, and the plan is still written")
    func longName() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let long = try await fixture.commune("10199", String(repeating: "Đông Hưng ", count: 20).trimmingCharacters(in: .whitespaces))
        _ = try await store.applyPlan(plan([long], .community, [.massRollout: day("2030-12-15")]))
        let deadline = try #require(try await linked(store, long, .community)[.massRollout])
        #expect(deadline.title.count == 200 && deadline.title.hasSuffix("…: reach mass rollout of Learning Community"))
        #expect(deadline.titleVi!.count == 200 && deadline.titleVi!.hasPrefix("Đông Hưng Đông Hưng"))
    }

    @Test("a new day moves the deadline and re-arms it; a kept day keeps it; a removed day removes it")
    func planChanges() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        _ = try await store.applyPlan(plan([kimBai], .unit, [.pilot: day("2025-06-30"), .pilotReview: day("2025-12-31")]))
        let before = try await linked(store, kimBai, .unit)
        let later = Self.instant.addingTimeInterval(3600)
        // Without overwrite, the commune's own day stays and so does its deadline.
        _ = try await store.applyPlan(plan([kimBai], .unit, [.pilot: day("2025-07-31")], at: later))
        #expect(try await linked(store, kimBai, .unit) == before)
        _ = try await store.applyPlan(plan([kimBai], .unit, [.pilot: day("2025-07-31")], overwrite: true, at: later))
        var after = try await linked(store, kimBai, .unit)
        #expect(after[.pilot]?.id == before[.pilot]?.id)
        #expect(after[.pilot]?.due == .date(day("2025-07-31")) && after[.pilot]?.armedAt == later)
        #expect(after[.pilotReview] == before[.pilotReview])
        _ = try await store.setPhaseDeadline(
            communeID: kimBai.id!, model: .unit, phase: .pilotReview, due: day("2026-01-15"), setBy: 1, at: later.addingTimeInterval(60),
            today: Self.today)
        after = try await linked(store, kimBai, .unit)
        #expect(after[.pilotReview]?.due == .date(day("2026-01-15")) && after[.pilotReview]?.armedAt == later.addingTimeInterval(60))
        _ = try await store.setPhaseDeadline(communeID: kimBai.id!, model: .unit, phase: .pilot, due: nil, setBy: 1, at: later, today: Self.today)
        after = try await linked(store, kimBai, .unit)
        #expect(after.keys.sorted() == [.pilotReview])
        #expect(await notFound { try await store.deadline(before[.pilot]!.id) })
    }

    @Test("reached iff the current phase is at or above; going back un-reaches; reached by the transition's uid on the due day")
    func reaching() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let binhMinh = try await fixture.commune("10135", "Bình Minh")
        _ = try await store.recordTransition(change(binhMinh, .clan, .studyingCriteria, on: "2024-01-02", by: 1000))
        _ = try await store.applyPlan(plan([binhMinh], .clan, [
            .studyingCriteria: day("2024-01-31"), .pilot: day("2024-06-30"), .pilotReview: day("2024-12-31"),
        ]))
        var days = try await linked(store, binhMinh, .clan)
        // Planned after it was reached: created reached.
        #expect(try await reached(store, days[.studyingCriteria]!) == ["2024-01-31"])
        #expect(try await reached(store, days[.pilot]!).isEmpty)
        _ = try await store.recordTransition(change(binhMinh, .clan, .pilotReview, on: "2024-07-01", note: "Đã thí điểm trước", by: 1002))
        days = try await linked(store, binhMinh, .clan)
        #expect(try await reached(store, days[.pilot]!) == ["2024-06-30"])
        #expect(try await reached(store, days[.pilotReview]!) == ["2024-12-31"])
        let pilotID = days[.pilot]!.id
        let reachedBy = try await store.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT reached_by FROM deadline_reached WHERE deadline_id = ?", arguments: [pilotID])
        }
        #expect(reachedBy == 1002)
        // Back to the pilot: the review is not reached any more, the pilot still is.
        _ = try await store.recordTransition(change(binhMinh, .clan, .pilot, on: "2024-08-01", note: "Làm lại thí điểm", by: 1003))
        #expect(try await reached(store, days[.pilotReview]!).isEmpty)
        #expect(try await reached(store, days[.pilot]!) == ["2024-06-30"])
        // A reached day that moves is reached on its new day.
        _ = try await store.setPhaseDeadline(
            communeID: binhMinh.id!, model: .clan, phase: .pilot, due: day("2024-07-15"), setBy: 1, at: Self.instant, today: Self.today)
        #expect(try await reached(store, days[.pilot]!) == ["2024-07-15"])
        // Another model's deadlines are untouched.
        _ = try await store.applyPlan(plan([binhMinh], .family, [.pilot: day("2024-06-30")]))
        #expect(try await reached(store, try await linked(store, binhMinh, .family)[.pilot]!).isEmpty)
    }

    @Test("a plan refused for one commune writes no deadline for any")
    func refusedPlanWritesNothing() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        _ = try await store.setPhaseDeadline(
            communeID: thanhThuy.id!, model: .clan, phase: .pilotReview, due: day("2025-01-31"), setBy: 1, at: Self.instant, today: Self.today)
        let before = try await store.allDeadlines()
        // Kim Bài would be fine; Thanh Thùy's own review day is before the plan's pilot day.
        #expect(await caughtRollout { try await store.applyPlan(plan([kimBai, thanhThuy], .clan, [.pilot: day("2025-06-30")])) } != nil)
        #expect(try await store.allDeadlines() == before)
    }

    @Test("insertRollout links the sample's days, marks them sample, and reaches what its transitions reached")
    func insertRolloutLinks() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let transitions = [
            PhaseTransition(communeID: kimBai.id!, model: .citizen, from: .notStarted, phase: .studyingCriteria, effectiveOn: day("2021-01-15"),
                            madeBy: 7, madeAt: Self.instant, sample: true),
            PhaseTransition(communeID: kimBai.id!, model: .citizen, from: .studyingCriteria, phase: .pilot, effectiveOn: day("2021-03-01"),
                            madeBy: 7, madeAt: Self.instant, sample: true),
        ]
        let deadlines = [RolloutPhase.pilot, .pilotReview].map {
            PhaseDeadline(communeID: kimBai.id!, model: .citizen, phase: $0, due: $0 == .pilot ? day("2021-02-28") : day("2021-12-15"),
                          setBy: 7, setAt: Self.instant, sample: true)
        }
        try await store.insertRollout(transitions: transitions, deadlines: deadlines)
        let days = try await linked(store, kimBai, .citizen)
        #expect(days.count == 2 && days.values.allSatisfy { $0.sample })
        #expect(try await reached(store, days[.pilot]!) == ["2021-02-28"])
        #expect(try await reached(store, days[.pilotReview]!).isEmpty)
    }

    @Test("a linked deadline cannot be updated, deleted or marked reached by hand; its deliveries can be acknowledged")
    func managed() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        _ = try await store.applyPlan(plan([kimBai], .community, [.pilot: day("2025-06-30")]))
        let pilot = try #require(try await linked(store, kimBai, .community)[.pilot])
        let expected = DeadlineStoreError.managedByRollout(id: pilot.id, communeID: kimBai.id!, model: .community, phase: .pilot)
        let new = NewDeadline(title: "x", scope: .commune(kimBai.id!), due: .date(day("2025-07-01")))
        #expect(await caught { try await store.updateDeadline(pilot.id, new, at: Self.instant) } == expected)
        #expect(await caught { try await store.deleteDeadline(pilot.id) } == expected)
        #expect(await caught { try await store.markReached(pilot.id, occurrence: "2025-06-30", by: 1, at: Self.instant) } == expected)
        #expect(try await store.deadline(pilot.id) == pilot)
        let key = ReminderKey(deadlineID: pilot.id, occurrence: "2025-06-30", kind: .lead, n: 86_400)
        let delivery = try await store.recordDelivery(key, dueAt: Self.instant, deliveredAt: Self.instant, late: false)
        #expect(try await store.acknowledge(deliveryID: delivery.id, by: 5, at: Self.instant).acknowledgedBy == 5)
    }

    @Test("the schema refuses a phase on a deadline without commune and model, a second deadline for one phase, and notStarted")
    func schema() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        let insert = """
            INSERT INTO deadlines (title, commune_id, model, due_date, lead_times, local_minute, armed_at, created_by, created_at, rollout_phase)
            VALUES ('x', ?, ?, '2025-01-01', '', 480, '2025-01-01T00:00:00.000Z', 0, '2025-01-01T00:00:00.000Z', ?)
            """
        let id = kimBai.id!
        let refused: [StatementArguments] = [[id, nil, "pilot"], [nil, nil, "pilot"], [id, "unit", "notStarted"]]
        for arguments in refused {
            await #expect(throws: DatabaseError.self) {
                try await store.writer.write { db in try db.execute(sql: insert, arguments: arguments) }
            }
        }
        try await store.writer.write { db in try db.execute(sql: insert, arguments: [id, "unit", "pilot"]) }
        await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in try db.execute(sql: insert, arguments: [id, "unit", "pilot"]) }
        }
    }

    private func caught<T>(_ body: () async throws -> T) async -> DeadlineStoreError? {
        do {
            _ = try await body()
            return nil
        } catch let error as DeadlineStoreError {
            return error
        } catch {
            Issue.record("not a DeadlineStoreError: \(error)")
            return nil
        }
    }

    private func caughtRollout<T>(_ body: () async throws -> T) async -> RolloutError? {
        do {
            _ = try await body()
            return nil
        } catch let error as RolloutError {
            return error
        } catch {
            Issue.record("not a RolloutError: \(error)")
            return nil
        }
    }

    private func notFound<T>(_ body: () async throws -> T) async -> Bool {
        if case .notFound = await caught(body) { return true }
        return false
    }
}
