import Foundation
import Varlink

/// A `VarlinkServer` offering `org.example.test` on a temporary socket, for one test.
struct TestServer: Sendable {
    let server: VarlinkServer
    let path: String
    let recorder: Recorder

    static let info = VarlinkServiceInfo(vendor: "Test Vendor", product: "Test Product", version: "7", url: "https://example.org")

    /// Starts a server, runs `body` with it, and shuts it down whatever happens.
    static func with<T>(
        configuration: VarlinkServerConfiguration = .init(),
        authorizer: @escaping VarlinkService.Authorizer = { _ in true },
        _ body: (TestServer) async throws -> T
    ) async throws -> T {
        let recorder = Recorder()
        let service = VarlinkService(
            info: info, interfaces: [TestInterface.make(recorder: recorder)], authorizer: authorizer)
        let path = TemporarySocketPath.make()
        let server = VarlinkServer(service: service, configuration: configuration)
        try await server.start(at: .path(path))
        let fixture = TestServer(server: server, path: path, recorder: recorder)
        do {
            let result = try await body(fixture)
            await server.shutdown()
            unlink(path)
            return result
        } catch {
            await server.shutdown()
            unlink(path)
            throw error
        }
    }

    /// A new client connection.
    func connect() async throws -> VarlinkClient {
        try await VarlinkClient.connect(unixPath: path)
    }

    /// A new raw socket connection.
    func connectRaw() async throws -> RawSocket {
        try await RawSocket.connect(path: path)
    }
}
