/// Why `khuyenhoc rubric check` did not ask the daemon for the model-specific checks.
enum DaemonCheckSkipped: Sendable, Equatable {
    /// `--offline` was given.
    case offline
    case daemonNotRunning(socket: String)
    case permissionDenied(socket: String)
    /// The daemon has no `vn.khuyenhoc.Models.CheckRubric`.
    case daemonTooOld(socket: String)
}
