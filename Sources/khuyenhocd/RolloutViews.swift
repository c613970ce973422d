import KhuyenHocAPI
import KhuyenHocStore

/// The store's rollout values as `vn.khuyenhoc.Rollout` gives them.
enum RolloutViews {
    static func cell(_ status: RolloutStatus) -> RolloutCell {
        RolloutCell(
            model: status.model.rawValue, phase: status.phase.rawValue, since: status.since?.description,
            next: status.next.map(planned), late: status.late, daysLate: status.daysLate, sample: status.transition?.sample ?? false)
    }

    static func planned(_ deadline: PhaseDeadline) -> PlannedPhase {
        PlannedPhase(phase: deadline.phase.rawValue, due: deadline.due.description, sample: deadline.sample)
    }

    static func transition(_ transition: PhaseTransition) -> TransitionInfo {
        TransitionInfo(
            from: transition.from.rawValue, phase: transition.phase.rawValue, effectiveOn: transition.effectiveOn.description,
            note: transition.note, madeBy: transition.madeBy, madeAt: RegistryInstant.text(transition.madeAt), sample: transition.sample)
    }
}
