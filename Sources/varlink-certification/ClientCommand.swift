import ArgumentParser
import Foundation

/// `varlink-certification client --socket PATH`: runs the client side of the certification
/// against a server and exits 0 only if the server's `End` says `all_ok`.
struct ClientCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "client",
        abstract: "Run the certification calls against an org.varlink.certification server."
    )

    @Option(help: "The Unix socket path of the server.")
    var socket: String

    func run() async throws {
        do {
            let clientID = try await CertificationClient(socketPath: socket).run()
            print("varlink certification passed: Start, Test01…Test11, End against unix:\(socket) (client_id \(clientID))")
        } catch {
            FileHandle.standardError.write(Data("varlink certification failed: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
