import Foundation
import KhuyenHocAPI
import NIOCore
import Varlink

/// A stand-in for khuyenhocd's `vn.khuyenhoc.Reminders.Watch` on a socket: answers the
/// subscription, sends its notices, then keeps the call open until it is stopped. A `Watch` for the
/// area `99999` is refused with `CommuneNotFound`, as the daemon declares it.
final class FakeReminderDaemon: Sendable {
    let path: String
    private let server: VarlinkServer

    private init(path: String, server: VarlinkServer) {
        self.path = path
        self.server = server
    }

    static func start(at path: String, notices: [ReminderNotice]) async throws -> FakeReminderDaemon {
        let watch = VarlinkMethod("Watch") { request, stream in
            let parameters = try request.decodeParameters(ReminderAreaParameters.self)
            if parameters.area == "99999" { throw KhuyenHocErrors.remindersCommuneNotFound(field: "area", code: "99999") }
            try await stream.yield(WatchReply())
            for notice in notices { try await stream.yield(WatchReply(reminder: notice)) }
            // As the daemon does: stopping cancels the call, which then ends with a last reply.
            try? await Task.sleep(for: .seconds(3_600))
            return .value(WatchReply())
        }
        let interface = VarlinkInterface(
            name: KhuyenHocInterfaces.reminders, description: "interface vn.khuyenhoc.Reminders\n", methods: [watch])
        let service = VarlinkService(
            info: VarlinkServiceInfo(vendor: "test", product: "fake khuyenhocd", version: "0", url: "https://example.org"),
            interfaces: [interface])
        var configuration = VarlinkServerConfiguration()
        // Stopping stands for the daemon going away: open calls are cut at once.
        configuration.shutdownGracePeriod = .milliseconds(10)
        let server = VarlinkServer(service: service, configuration: configuration)
        try await server.start(at: .path(path))
        return FakeReminderDaemon(path: path, server: server)
    }

    func stop() async {
        await server.shutdown()
        unlink(path)
    }
}
