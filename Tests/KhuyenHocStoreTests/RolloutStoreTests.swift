import Foundation
import KhuyenHocStore
import Testing

@Suite("Rollout: phases with their history, plans per area and commune, late on an injected day")
struct RolloutStoreTests {
    static let today = CalendarDate("2025-03-10")!
    static let instant = StoreFixture.instant

    private func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    private func change(
        _ commune: Commune, _ model: RegistryModel, _ phase: RolloutPhase, on: String, note: String? = nil, by uid: UInt32 = 1000,
        today: CalendarDate = today
    ) -> PhaseChange {
        PhaseChange(communeID: commune.id!, model: model, phase: phase, effectiveOn: day(on), note: note, madeBy: uid, madeAt: Self.instant, today: today)
    }

    /// The rollout error `body` throws, or nil when it succeeds; any other error is a failure.
    private func caught<T>(_ body: () async throws -> T) async -> RolloutError? {
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

    @Test("forward one step at a time needs no note; each transition keeps its day, note, uid and instant")
    func forwardSteps() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let thanhThuy = try await fixture.commune("10144", "Thanh Thùy")
        _ = try await store.recordTransition(change(thanhThuy, .citizen, .studyingCriteria, on: "2022-10-05"))
        _ = try await store.recordTransition(change(thanhThuy, .citizen, .pilot, on: "2023-03-01", by: 1001))
        let note = "Thí điểm ở thôn Đại Định".decomposedStringWithCanonicalMapping
        let review = try await store.recordTransition(change(thanhThuy, .citizen, .pilotReview, on: "2023-12-15", note: note))
        #expect(review.from == .pilot)
        #expect(Array(review.note!.utf8) == Array("Thí điểm ở thôn Đại Định".precomposedStringWithCanonicalMapping.utf8))
        let history = try await store.phaseHistory(communeIDs: [thanhThuy.id!], model: .citizen)
        #expect(history.map(\.phase) == [.studyingCriteria, .pilot, .pilotReview])
        #expect(history.map(\.from) == [.notStarted, .studyingCriteria, .pilot])
        #expect(history.map(\.madeBy) == [1000, 1001, 1000])
        #expect(history.map(\.effectiveOn) == [day("2022-10-05"), day("2023-03-01"), day("2023-12-15")])
        #expect(history.allSatisfy { $0.madeAt == Self.instant && !$0.sample })
        // Other models are untouched.
        #expect(try await store.phaseHistory(communeIDs: [thanhThuy.id!], model: .family).isEmpty)
    }

    @Test("going back or skipping needs a note; the same phase, a future day or a day before the current one are refused")
    func transitionRule() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let kimBai = try await fixture.commune("10114", "Kim Bài", kind: .town)
        #expect(await caught { try await store.recordTransition(change(kimBai, .clan, .pilot, on: "2023-01-01")) }
            == .noteRequired(from: .notStarted, to: .pilot))
        #expect(await caught { try await store.recordTransition(change(kimBai, .clan, .pilot, on: "2023-01-01", note: "   ")) }
            == .noteRequired(from: .notStarted, to: .pilot))
        _ = try await store.recordTransition(change(kimBai, .clan, .pilot, on: "2023-01-01", note: "đã thí điểm từ 2021"))
        #expect(await caught { try await store.recordTransition(change(kimBai, .clan, .studyingCriteria, on: "2023-02-01")) }
            == .noteRequired(from: .pilot, to: .studyingCriteria))
        if case .invalidValue(let field, _) = await caught({ try await store.recordTransition(change(kimBai, .clan, .pilot, on: "2023-02-01")) }) {
            #expect(field == "phase")
        } else { Issue.record("the same phase was accepted") }
        if case .invalidValue(let field, _) = await caught({ try await store.recordTransition(change(kimBai, .clan, .pilotReview, on: "2025-03-11")) }) {
            #expect(field == "effectiveOn")
        } else { Issue.record("a day after today was accepted") }
        if case .invalidValue(let field, _) = await caught({ try await store.recordTransition(change(kimBai, .clan, .pilotReview, on: "2022-12-31")) }) {
            #expect(field == "effectiveOn")
        } else { Issue.record("a day before the current phase was accepted") }
        _ = try await store.recordTransition(change(kimBai, .clan, .studyingCriteria, on: "2023-06-01", note: "thí điểm lại"))
        let history = try await store.phaseHistory(communeIDs: [kimBai.id!], model: .clan)
        #expect(history.map(\.phase) == [.pilot, .studyingCriteria])
        #expect(await caught { try await store.recordTransition(change(kimBai, .clan, .pilot, on: "2023-07-01", note: String(repeating: "x", count: 1001))) }
            == .invalidValue(field: "note", reason: "must be at most 1000 characters"))
        #expect(await caught { try await store.recordTransition(PhaseChange(
            communeID: 999, model: .clan, phase: .pilot, effectiveOn: day("2023-07-01"), note: nil, madeBy: 0, madeAt: Self.instant,
            today: Self.today)) } == .communeNotFound(id: 999))
    }

    @Test("a plan applies to every commune given; a commune's own day is kept unless overwritten; days must not go down")
    func plans() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let a = try await fixture.commune("10120", "Cự Khê")
        let b = try await fixture.commune("10126", "Bích Hòa")
        let plan: [RolloutPhase: CalendarDate] = [.pilot: day("2025-06-30"), .pilotReview: day("2025-12-15"), .massRollout: day("2026-12-15")]
        func apply(_ days: [RolloutPhase: CalendarDate], overwrite: Bool = false) async throws -> PlanSummary {
            try await store.applyPlan(RolloutPlan(
                communeIDs: [a.id!, b.id!], model: .family, deadlines: days, overwrite: overwrite, setBy: 1000, setAt: Self.instant,
                today: Self.today))
        }
        #expect(try await apply(plan) == PlanSummary(communes: 2, written: 6, kept: 0))
        // Bích Hòa gets more time for its pilot.
        let adjusted = try await store.setPhaseDeadline(
            communeID: b.id!, model: .family, phase: .pilot, due: day("2025-09-30"), setBy: 1001, at: Self.instant, today: Self.today)
        #expect(adjusted?.setBy == 1001)
        // Applying the plan again keeps it; with overwrite it is replaced.
        #expect(try await apply([.pilot: day("2025-07-31")]) == PlanSummary(communes: 2, written: 0, kept: 2))
        var days = try await store.phaseDeadlines(communeIDs: [b.id!], model: .family)
        #expect(days.map(\.phase) == [.pilot, .pilotReview, .massRollout])
        #expect(days.first?.due == day("2025-09-30"))
        #expect(try await apply([.pilot: day("2025-07-31")], overwrite: true) == PlanSummary(communes: 2, written: 2, kept: 0))
        days = try await store.phaseDeadlines(communeIDs: nil, model: .family)
        #expect(days.filter { $0.phase == .pilot }.map(\.due) == [day("2025-07-31"), day("2025-07-31")])
        // Out of order: refused, and nothing of it written.
        if case .invalidValue(let field, _) = await caught({ try await apply([.pilot: day("2026-01-01")], overwrite: true) }) {
            #expect(field == "plan")
        } else { Issue.record("a pilot due after its review was accepted") }
        #expect(try await store.phaseDeadlines(communeIDs: nil, model: .family).filter { $0.phase == .pilot }.map(\.due)
            == [day("2025-07-31"), day("2025-07-31")])
        if case .invalidValue(let field, _) = await caught({ try await store.setPhaseDeadline(
            communeID: a.id!, model: .family, phase: .massRollout, due: day("2025-01-01"), setBy: 0, at: Self.instant, today: Self.today) }) {
            #expect(field == "due")
        } else { Issue.record("a rollout due before the review was accepted") }
        #expect(await caught { try await apply([.notStarted: day("2025-01-01")]) } != nil)
        #expect(await caught { try await apply([:]) } != nil)
        // Removing a day.
        #expect(try await store.setPhaseDeadline(
            communeID: a.id!, model: .family, phase: .massRollout, due: nil, setBy: 0, at: Self.instant, today: Self.today) == nil)
        #expect(try await store.phaseDeadlines(communeIDs: [a.id!], model: .family).map(\.phase) == [.pilot, .pilotReview])
    }

    @Test("late: a planned day before the day asked about, the phase not reached; going back makes it late again")
    func late() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        _ = try await store.applyPlan(RolloutPlan(
            communeIDs: [commune.id!], model: .unit,
            deadlines: [.studyingCriteria: day("2024-01-31"), .pilot: day("2024-06-30"), .pilotReview: day("2024-12-31")],
            overwrite: false, setBy: 0, setAt: Self.instant, today: Self.today))
        func state(on text: String) async throws -> RolloutStatus {
            RolloutStatus(
                communeID: commune.id!, model: .unit, history: try await store.phaseHistory(communeIDs: [commune.id!], model: .unit),
                deadlines: try await store.phaseDeadlines(communeIDs: [commune.id!], model: .unit), on: day(text))
        }
        var status = try await state(on: "2024-01-31")
        #expect(status.phase == .notStarted && status.since == nil && status.next?.phase == .studyingCriteria && !status.late)
        status = try await state(on: "2024-02-01")
        #expect(status.late && status.daysLate == 1)
        _ = try await store.recordTransition(change(commune, .unit, .studyingCriteria, on: "2024-02-10"))
        // Before the transition took effect it was late; after, the next day is the pilot's.
        #expect(try await state(on: "2024-02-09").daysLate == 9)
        status = try await state(on: "2024-07-01")
        #expect(status.phase == .studyingCriteria && status.since == day("2024-02-10") && status.next?.phase == .pilot)
        #expect(status.daysLate == 1)
        _ = try await store.recordTransition(change(commune, .unit, .pilot, on: "2024-07-05"))
        _ = try await store.recordTransition(change(commune, .unit, .studyingCriteria, on: "2024-08-01", note: "làm lại"))
        // Back below the pilot: late for it again, counted from its day.
        status = try await state(on: "2024-08-01")
        #expect(status.phase == .studyingCriteria && status.next?.phase == .pilot && status.daysLate == 32)
        // 2024 is a leap year: 29 February counts.
        #expect(CalendarDate("2024-03-01")!.dayNumber - CalendarDate("2024-02-28")!.dayNumber == 2)
        #expect(CalendarDate("2025-01-01")!.dayNumber - CalendarDate("2024-01-01")!.dayNumber == 366)
    }

    @Test("a merged commune keeps its history and plan, which can be read but not changed")
    func mergedCommune() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let caoDuong = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Dương", validUntil: nil))
        let xuanDuong = try await fixture.commune("10177", "Xuân Dương")
        _ = try await store.recordTransition(change(caoDuong, .community, .studyingCriteria, on: "2022-10-05", today: day("2023-01-01")))
        _ = try await store.setPhaseDeadline(
            communeID: caoDuong.id!, model: .community, phase: .pilot, due: day("2024-06-30"), setBy: 0, at: Self.instant, today: day("2023-01-01"))
        // Cao Xuân Dương takes over 10174: Cao Dương's period ends first.
        var ended = caoDuong
        ended.validUntil = day("2024-11-30")
        _ = try await store.updateCommune(ended)
        let merged = try await store.addCommune(Commune(statisticsCode: "10174", name: "Cao Xuân Dương", validFrom: day("2024-12-01")))
        _ = try await store.recordMerge(of: [caoDuong.id!, xuanDuong.id!], into: merged.id!, on: day("2024-12-01"))
        let stored = try await store.commune(id: caoDuong.id!)
        #expect(await caught { try await store.recordTransition(change(stored, .community, .pilot, on: "2024-11-01")) } == .communeReadOnly(stored))
        #expect(await caught { try await store.setPhaseDeadline(
            communeID: caoDuong.id!, model: .community, phase: .pilot, due: nil, setBy: 0, at: Self.instant, today: Self.today) }
            == .communeReadOnly(stored))
        #expect(await caught { try await store.applyPlan(RolloutPlan(
            communeIDs: [merged.id!, caoDuong.id!], model: .community, deadlines: [.pilot: day("2025-06-30")], overwrite: false, setBy: 0,
            setAt: Self.instant, today: Self.today)) } == .communeReadOnly(stored))
        // Nothing of the refused plan was written, not even for the commune that exists.
        #expect(try await store.phaseDeadlines(communeIDs: [merged.id!], model: nil).isEmpty)
        // Its history is still there, under the old commune.
        #expect(try await store.phaseHistory(communeIDs: [caoDuong.id!], model: nil).map(\.phase) == [.studyingCriteria])
        #expect(try await store.phaseDeadlines(communeIDs: [caoDuong.id!], model: nil).map(\.due) == [day("2024-06-30")])
        // The new commune starts on its own, not before it existed.
        if case .invalidValue(let field, _) = await caught({ try await store.recordTransition(change(merged, .community, .studyingCriteria, on: "2024-11-30")) }) {
            #expect(field == "effectiveOn")
        } else { Issue.record("a day before the commune existed was accepted") }
        _ = try await store.recordTransition(change(merged, .community, .studyingCriteria, on: "2024-12-01"))
    }

    @Test("the schema refuses rows that break its rules, and a failed batch writes nothing")
    func schemaChecks() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let commune = try await fixture.commune("10144", "Thanh Thùy")
        let good = PhaseTransition(
            communeID: commune.id!, model: .citizen, from: .notStarted, phase: .studyingCriteria, effectiveOn: day("2022-10-05"),
            madeBy: 0, madeAt: Self.instant, sample: true)
        var same = good
        same.from = .studyingCriteria
        #expect(await caught { try await store.insertRollout(transitions: [good, same], deadlines: []) } != nil)
        #expect(try await store.phaseHistory(communeIDs: nil, model: nil).isEmpty)
        let deadline = PhaseDeadline(communeID: commune.id!, model: .citizen, phase: .notStarted, due: day("2023-01-01"), setBy: 0, setAt: Self.instant)
        #expect(await caught { try await store.insertRollout(transitions: [good], deadlines: [deadline]) } != nil)
        #expect(try await store.phaseHistory(communeIDs: nil, model: nil).isEmpty)
        try await store.insertRollout(transitions: [good], deadlines: [])
        #expect(try await store.phaseHistory(communeIDs: nil, model: nil).first?.sample == true)
    }
}
