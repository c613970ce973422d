/// Where one commune stands with one model on a day, and whether it is late: its phase then (the
/// latest transition that took effect by the day; `notStarted` without one), since when, and the
/// next planned phase with its day. Late means a planned day has passed (it is before the day)
/// and the commune has not reached that phase: its phase on the day is below it. A commune that
/// went back below a phase it had reached is late for it again.
public struct RolloutStatus: Sendable, Hashable {
    public var communeID: Int64
    public var model: RegistryModel
    public var phase: RolloutPhase
    /// The day the phase took effect; nil for `notStarted` without history.
    public var since: CalendarDate?
    /// The transition that set the phase, when there is one.
    public var transition: PhaseTransition?
    /// The lowest phase above the current one that has a planned day.
    public var next: PhaseDeadline?
    /// Days since the earliest planned day that has passed without its phase being reached; 0
    /// when none has.
    public var daysLate: Int

    public var late: Bool { daysLate > 0 }

    /// The status on `day` from the commune × model's transitions (in the order they took effect)
    /// and planned days.
    public init(
        communeID: Int64, model: RegistryModel, history: [PhaseTransition], deadlines: [PhaseDeadline], on day: CalendarDate
    ) {
        self.communeID = communeID
        self.model = model
        let current = history.last { $0.effectiveOn <= day }
        transition = current
        phase = current?.phase ?? .notStarted
        since = current?.effectiveOn
        let ahead = deadlines.filter { $0.phase > (current?.phase ?? .notStarted) }.sorted { $0.phase < $1.phase }
        next = ahead.first
        let overdue = ahead.filter { $0.due < day }.map(\.due).min()
        daysLate = overdue.map { day.dayNumber - $0.dayNumber } ?? 0
    }
}
