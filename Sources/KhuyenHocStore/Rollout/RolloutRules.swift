/// The rules a rollout change must keep, in one place so that the store and its documentation
/// agree:
///
/// - A transition normally moves one step forward (`pilot` → `pilotReview`). Going back (a pilot
///   that must be repeated) or skipping a phase (a commune that piloted before the plan) is allowed
///   only with a note saying why; moving to the phase the commune is already in is refused.
/// - A transition takes effect on a day that is not later than today, not earlier than the day of
///   the commune's current phase (history is appended in order), and within the commune's period.
/// - Planned days never go down as the phases go up; equal days are allowed.
public enum RolloutRules {
    /// The longest note, in characters.
    public static let maximumNoteLength = 1000

    /// Checks a move from `current` to `next`, with `note` already tidied (nil when empty).
    public static func checkTransition(from current: RolloutPhase, to next: RolloutPhase, note: String?) throws(RolloutError) {
        if next == current {
            throw .invalidValue(field: "phase", reason: "the commune is already in phase \(next.rawValue) for this model")
        }
        if next.step != current.step + 1, note == nil { throw .noteRequired(from: current, to: next) }
        if let note, note.count > maximumNoteLength {
            throw .invalidValue(field: "note", reason: "must be at most \(maximumNoteLength) characters")
        }
    }

    /// The first pair of phases whose days go down, or nil when `deadlines` are in order.
    public static func outOfOrder(_ deadlines: [RolloutPhase: CalendarDate]) -> (earlier: RolloutPhase, later: RolloutPhase)? {
        let ordered = deadlines.sorted { $0.key < $1.key }
        for (first, second) in zip(ordered, ordered.dropFirst()) where second.value < first.value {
            return (first.key, second.key)
        }
        return nil
    }
}
