import ArgumentParser
import Foundation
import Varlink

/// `varlink-certification server --socket PATH`: serves `org.varlink.certification` until
/// SIGINT or SIGTERM.
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Serve org.varlink.certification on a Unix socket."
    )

    @Option(help: "The Unix socket path to listen on.")
    var socket: String

    func run() async throws {
        let service = VarlinkService(
            info: VarlinkServiceInfo(
                vendor: "KhuyenHoc", product: "varlink-certification", version: "1", url: "https://varlink.org"),
            interfaces: [CertificationServer().interface]
        )
        let server = VarlinkServer(service: service)
        try await server.start(at: .path(socket))
        FileHandle.standardOutput.write(Data("Listening on unix:\(socket)\n".utf8))
        await TerminationSignal.wait()
        await server.shutdown()
    }
}
