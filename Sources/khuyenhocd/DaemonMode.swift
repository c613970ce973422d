import ArgumentParser

/// How the daemon runs: for one user on a desktop, or for an office from the system manager.
enum DaemonMode: String, ExpressibleByArgument, Sendable {
    case user
    case system
}
