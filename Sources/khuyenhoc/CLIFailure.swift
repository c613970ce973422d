import Varlink

/// Why a command could not do its work: each one becomes one readable line (or a JSON error
/// object with `--json`) and a `sysexits.h` exit status.
enum CLIFailure: Error, Sendable {
    /// Nothing listens on the socket: missing, or connection refused.
    case daemonNotRunning(socket: String)
    /// The socket exists but this user may not connect to it.
    case permissionDenied(socket: String)
    /// The daemon hung up before it answered.
    case connectionClosed(socket: String)
    /// The daemon answered something this CLI cannot read.
    case malformedReply(String)
    /// The daemon answered with a declared error.
    case reply(VarlinkError)
    /// A model needs a variant and none was given; the variants with their titles.
    case variantNeeded(VarlinkError, model: String, variants: [(id: String, title: String)])
    case factsUnreadable(file: String, reason: String)
    case factsNotJSON(file: String, reason: String)
    case factsEmpty(file: String)
    /// An option's value cannot be used, found only once the daemon's data was read (`deadlines update --yearly`).
    case invalidOption(String)

    /// The exit status, from `sysexits.h` where one fits.
    var exitCode: Int32 {
        switch self {
        case .daemonNotRunning, .connectionClosed: 69  // EX_UNAVAILABLE
        case .permissionDenied: 77  // EX_NOPERM
        case .malformedReply: 76  // EX_PROTOCOL
        case .reply, .variantNeeded: 1
        case .factsUnreadable, .factsNotJSON, .factsEmpty: 65  // EX_DATAERR
        case .invalidOption: 64  // EX_USAGE, as ArgumentParser's own validation
        }
    }

    /// The error as `{"error": name, "parameters": {...}}` prints it: the daemon's own error
    /// name for a reply, a `khuyenhoc.` name for failures of the CLI's own.
    var errorName: String {
        switch self {
        case .daemonNotRunning: "khuyenhoc.DaemonNotRunning"
        case .permissionDenied: "khuyenhoc.PermissionDenied"
        case .connectionClosed: "khuyenhoc.ConnectionClosed"
        case .malformedReply: "khuyenhoc.MalformedReply"
        case .reply(let error), .variantNeeded(let error, _, _): error.name
        case .factsUnreadable: "khuyenhoc.FactsUnreadable"
        case .factsNotJSON: "khuyenhoc.FactsNotJSON"
        case .factsEmpty: "khuyenhoc.FactsEmpty"
        case .invalidOption: "khuyenhoc.InvalidOption"
        }
    }

    var parameters: [String: JSONValue] {
        switch self {
        case .daemonNotRunning(let socket), .permissionDenied(let socket), .connectionClosed(let socket):
            ["socket": .string(socket)]
        case .malformedReply(let reason): ["reason": .string(reason)]
        case .reply(let error), .variantNeeded(let error, _, _): error.parameters
        case .factsUnreadable(let file, let reason), .factsNotJSON(let file, let reason):
            ["file": .string(file), "reason": .string(reason)]
        case .factsEmpty(let file): ["file": .string(file)]
        case .invalidOption(let reason): ["reason": .string(reason)]
        }
    }

    /// What the user reads on stderr.
    func message(_ text: Localizer) -> String {
        switch self {
        case .daemonNotRunning(let socket): text(.daemonNotRunning(socket: socket))
        case .permissionDenied(let socket): text(.permissionDenied(socket: socket))
        case .connectionClosed(let socket): text(.connectionClosed(socket: socket))
        case .malformedReply(let reason): text(.malformedReply(reason))
        case .reply(let error): error.readable(text)
        case .variantNeeded(_, let model, let variants):
            variants.reduce(into: TextTable()) { $0.add(["", $1.id, $1.title]) }
                .render()
                .split(separator: "\n", omittingEmptySubsequences: false)
                .reduce(text(.pickVariant(model: model))) { $0 + "\n" + $1 }
        case .factsUnreadable(let file, let reason): text(.factsUnreadable(file: file, reason: reason))
        case .factsNotJSON(let file, let reason): text(.factsNotJSON(file: file, reason: reason))
        case .factsEmpty(let file): text(.factsEmpty(file: file))
        case .invalidOption(let reason): reason
        }
    }
}
