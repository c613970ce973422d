/// What a roll-up did with one subject.
public enum SubjectStatus: Sendable, Hashable {
    case evaluated
    case unchanged
    /// No evidence for the year.
    case skipped
    case failed(CompositionProblem)
}
