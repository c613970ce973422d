/// What a hostile call came to.
enum Outcome {
    /// An error reply whose name an interface the daemon serves declares (or `org.varlink.service.*`).
    case declaredError(String)
    /// An error reply with a name nothing declares: a failure.
    case undeclaredError(String)
    /// A reply that is not an error (right for a call that turned out valid).
    case answered
    /// The daemon closed the connection, with or without a declared error before.
    case closed
    /// No reply within the time limit: a failure.
    case hang
    /// A reply that is not JSON at all: a failure.
    case garbage
}
