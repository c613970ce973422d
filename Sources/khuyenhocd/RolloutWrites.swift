import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The writing methods of `vn.khuyenhoc.Rollout` (all privileged): a phase, a plan for an area, a
/// commune's planned day. `uid` is the caller's, from the socket's peer credentials.
///
/// Planned days are deadlines with reminders, and reaching a phase ends its day's reminders: after
/// each write the scheduler re-arms (`deadlinesChanged`) before the answer goes out.
struct RolloutWrites {
    let store: any RolloutStore
    let deadlinesChanged: @Sendable () async -> Void

    func setPhase(_ parameters: SetPhaseParameters, uid: UInt32, today: CalendarDate) async throws(VarlinkError) -> SetPhaseReply {
        let communes = try await RolloutCommunes.load(store)
        let commune = try communes.forWriting(code: parameters.commune, field: "commune", today: today)
        let model = try RolloutArguments.model(parameters.model)
        let phase = try RolloutArguments.phase(parameters.phase)
        let effectiveOn = try RolloutArguments.day(parameters.effectiveOn, field: "effectiveOn") ?? today
        let change = PhaseChange(
            communeID: commune.id!, model: model, phase: phase, effectiveOn: effectiveOn, note: parameters.note, madeBy: uid,
            madeAt: Date(), today: today)
        let transition = try await RolloutCall.run(communes: communes, field: "commune") { () async throws(RolloutError) in
            try await store.recordTransition(change)
        }
        await deadlinesChanged()
        return SetPhaseReply(commune: communes.reference(commune), model: model.rawValue, transition: RolloutViews.transition(transition))
    }

    func applyPlan(_ parameters: ApplyPlanParameters, uid: UInt32, today: CalendarDate) async throws(VarlinkError) -> ApplyPlanReply {
        let communes = try await RolloutCommunes.load(store)
        let area: [Commune]
        if let code = parameters.area {
            area = [try communes.forWriting(code: code, field: "area", today: today)]
        } else {
            area = communes.timeline.existing(on: today)
        }
        let model = try RolloutArguments.model(parameters.model)
        let days = try RolloutArguments.plan(parameters.plan)
        guard !area.isEmpty else {
            throw KhuyenHocErrors.rolloutInvalidValue(field: "area", reason: "the registry has no commune that exists today")
        }
        let plan = RolloutPlan(
            communeIDs: area.map { $0.id! }, model: model, deadlines: days, overwrite: parameters.overwrite ?? false, setBy: uid,
            setAt: Date(), today: today)
        let summary = try await RolloutCall.run(communes: communes, field: "area") { () async throws(RolloutError) in
            try await store.applyPlan(plan)
        }
        await deadlinesChanged()
        return ApplyPlanReply(communes: area.map(communes.reference), written: summary.written, kept: summary.kept)
    }

    func setPhaseDeadline(
        _ parameters: SetPhaseDeadlineParameters, uid: UInt32, today: CalendarDate
    ) async throws(VarlinkError) -> SetPhaseDeadlineReply {
        let communes = try await RolloutCommunes.load(store)
        let commune = try communes.forWriting(code: parameters.commune, field: "commune", today: today)
        let model = try RolloutArguments.model(parameters.model)
        let phase = try RolloutArguments.phase(parameters.phase)
        let due = try RolloutArguments.day(parameters.due, field: "due")
        try await RolloutCall.run(communes: communes, field: "commune") { () async throws(RolloutError) in
            _ = try await store.setPhaseDeadline(communeID: commune.id!, model: model, phase: phase, due: due, setBy: uid, at: Date(), today: today)
        }
        await deadlinesChanged()
        let planned = try await RolloutCall.run(communes: communes, field: "commune") { () async throws(RolloutError) in
            try await store.phaseDeadlines(communeIDs: [commune.id!], model: model)
        }
        return SetPhaseDeadlineReply(commune: communes.reference(commune), model: model.rawValue, planned: planned.map(RolloutViews.planned))
    }
}
