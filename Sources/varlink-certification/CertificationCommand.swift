import ArgumentParser

/// `varlink-certification`: the varlink certification test of the project's Varlink module,
/// as a server for other clients and as a client of other servers.
@main
struct CertificationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "varlink-certification",
        abstract: "Run the varlink certification (org.varlink.certification) as a server or a client.",
        subcommands: [ServerCommand.self, ClientCommand.self]
    )
}
