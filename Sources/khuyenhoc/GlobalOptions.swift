import ArgumentParser

/// The options every subcommand takes: where the daemon listens, and whether to print JSON.
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The daemon's Varlink socket (default: $KHUYENHOC_SOCKET, else the user socket, else the system one).",
        valueName: "path"))
    var socket: String?

    @Flag(help: "Print the reply's parameters as JSON, nothing else.")
    var json = false
}
