/// What one run of the hook command did.
public struct ReminderHookOutcome: Sendable, Equatable {
    /// How it ended.
    public var ending: ReminderHookEnding
    /// What it wrote to standard error (invalid UTF-8 repaired), at most the first 8 KiB.
    public var standardError: String
    /// From start to end, including waiting for it to be killed.
    public var duration: Duration

    /// Creates an outcome.
    public init(ending: ReminderHookEnding, standardError: String, duration: Duration) {
        self.ending = ending
        self.standardError = standardError
        self.duration = duration
    }

    /// Exited with status 0.
    public var succeeded: Bool { ending == .exited(0) }
}
