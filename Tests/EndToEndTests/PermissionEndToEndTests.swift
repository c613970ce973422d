import Foundation
import Testing
import Varlink

/// Methods that change data are refused to a caller that is neither the daemon's owner, root,
/// nor in the admin group; reading stays open to whoever can open the socket.
@Suite struct PermissionEndToEndTests {
    @Test(.enabled(if: getuid() == 0, "needs root to run a client as another user"))
    func anotherUserMayReadButNotReload() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start(arguments: ["--socket-mode", "0666"])
        let frames = "{\"method\":\"vn.khuyenhoc.Models.ListModels\"}\0{\"method\":\"vn.khuyenhoc.Service.Reload\"}\0"
        let asNobody = try await ExternalCommand.run(
            "/usr/bin/setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/socat", "-t", "5", "-", "UNIX-CONNECT:\(daemon.socket)"],
            input: Data(frames.utf8))
        #expect(asNobody.status == 0, "\(asNobody.stderr)")
        let replies = asNobody.stdout.split(separator: "\0").map(String.init)
        try #require(replies.count == 2, "\(asNobody.stdout) \(asNobody.stderr)")
        #expect(replies[0].contains("\"models\""))
        #expect(replies[1] == #"{"error":"org.varlink.service.PermissionDenied"}"#)

        let owner = try await daemon.client()
        let reload = try await owner.send("vn.khuyenhoc.Service.Reload")
        #expect(reload.error == nil)
        await owner.close()
        try await daemon.stop()
    }

    @Test func theSocketIsCreatedOwnerOnlyByDefault() async throws {
        let daemon = try DaemonProcess()
        try await daemon.start()
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socket)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try await daemon.stop()
    }
}
