/// How a hook command's run ended.
public enum ReminderHookEnding: Sendable, Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal it did not catch ended it.
    case signalled(Int32)
    /// It ran past the hook's timeout and was killed, with its process group.
    case timedOut
    /// It could not be started (`errno`: ENOENT for a missing program, EACCES, …).
    case notStarted(errno: Int32)
}
