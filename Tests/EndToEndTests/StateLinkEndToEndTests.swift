import Foundation
import Testing

/// A symbolic link planted in the state folder or at the socket path stops the start with an
/// error naming it, and what it points to stays as it was (found by khuyenhoc-hostile: SQLite
/// created the registry in the file a linked registry.sqlite pointed to, and the spool folder's
/// emptying deleted the files of the folder a linked spool pointed to).
@Suite struct StateLinkEndToEndTests {
    @Test(arguments: ["registry.sqlite", "registry.sqlite-wal", "spool"])
    func aPlantedLinkStopsTheStart(name: String) async throws {
        let outside = try TemporaryDirectory()
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.stateDirectory, withIntermediateDirectories: true)
        let target = outside.path("target")
        if name == "spool" {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            try Data("keep".utf8).write(to: URL(fileURLWithPath: target + "/keep.txt"))
        } else {
            // Empty: what SQLite takes for a new database.
            try Data().write(to: URL(fileURLWithPath: target))
        }
        try FileManager.default.createSymbolicLink(atPath: daemon.stateDirectory + "/" + name, withDestinationPath: target)

        await #expect(throws: DaemonProcessError.self) { try await daemon.start(arguments: ["--no-sample"]) }
        let status = try await daemon.waitForExit()
        #expect(status != 0)
        #expect(daemon.log().contains("\(daemon.stateDirectory)/\(name) is a symbolic link"))
        if name == "spool" {
            #expect(FileManager.default.contents(atPath: target + "/keep.txt") == Data("keep".utf8))
        } else {
            #expect(FileManager.default.contents(atPath: target) == Data())
        }
    }

    @Test func aLinkAtTheSocketPathStopsTheStart() async throws {
        let outside = try TemporaryDirectory()
        let daemon = try DaemonProcess()
        let target = outside.path("target")
        try Data().write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: daemon.socket, withDestinationPath: target)

        await #expect(throws: DaemonProcessError.self) { try await daemon.start(arguments: ["--no-sample"]) }
        #expect(try await daemon.waitForExit() != 0)
        #expect(daemon.log().contains("\(daemon.socket) is a symbolic link"))
        #expect(FileManager.default.contents(atPath: target) == Data())
    }
}
