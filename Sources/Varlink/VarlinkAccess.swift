/// Who may call a method.
public enum VarlinkAccess: Sendable {
    /// Anyone who can open the socket: methods that only read.
    case open
    /// Only callers the service's authorizer accepts: methods that change data.
    case privileged
}
