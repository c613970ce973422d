import Foundation

/// The rollout of the learning models in the district's communes (issue 5): each commune × model's
/// phase with the history of its transitions, and the planned day for reaching each phase. Kept
/// apart from ``RegistryStore`` so that the record API stays narrow; ``SQLiteRegistryStore``
/// keeps it in the registry's database, beside the communes it is about.
///
/// A commune × model with no transition is `notStarted`. Every write is one transaction; a commune
/// that no longer exists on the day of a change (merged away) keeps its history and plan, which
/// can then only be read (``RolloutError/communeReadOnly(_:)``).
///
/// Each planned day is also a deadline (``DeadlineStore``, ``Deadline/phase`` set), kept in step in
/// the same transaction: created with the day, moved (and re-armed) when the day changes, removed
/// with it, and reached exactly while the commune × model's current phase is at or above it
/// (``recordTransition(_:)`` going back un-reaches it).
public protocol RolloutStore: RegistryStore {
    /// The transitions of the communes given (all when nil) and model (all when nil), by commune,
    /// model, then in the order they took effect.
    func phaseHistory(communeIDs: [Int64]?, model: RegistryModel?) async throws(RolloutError) -> [PhaseTransition]
    /// The planned days of the communes given (all when nil) and model (all when nil), by commune,
    /// model and phase.
    func phaseDeadlines(communeIDs: [Int64]?, model: RegistryModel?) async throws(RolloutError) -> [PhaseDeadline]
    /// Records a transition after checking it against ``RolloutRules``; returns it as stored.
    func recordTransition(_ change: PhaseChange) async throws(RolloutError) -> PhaseTransition
    /// Sets the plan's days for every commune of the plan, all or none.
    func applyPlan(_ plan: RolloutPlan) async throws(RolloutError) -> PlanSummary
    /// Sets (or with nil `due`, removes) one commune's day for one phase; returns it as stored.
    func setPhaseDeadline(
        communeID: Int64, model: RegistryModel, phase: RolloutPhase, due: CalendarDate?, setBy: UInt32, at: Date,
        today: CalendarDate
    ) async throws(RolloutError) -> PhaseDeadline?
    /// Writes a prepared situation as it is (the sample district's), in one transaction; each row
    /// is still checked by the schema.
    func insertRollout(transitions: [PhaseTransition], deadlines: [PhaseDeadline]) async throws(RolloutError)
}
