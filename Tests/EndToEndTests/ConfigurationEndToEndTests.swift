import Foundation
import Testing
import Varlink

/// The config file: flags beat it, it beats the defaults, and a wrong one stops the start with
/// a line naming the setting.
@Suite struct ConfigurationEndToEndTests {
    @Test func theFileSetsLimitsAndFlagsBeatIt() async throws {
        let daemon = try DaemonProcess()
        let config = daemon.folder.path("khuyenhocd.json")
        try #"{"maxFrameSize": 2048, "idleTimeout": 60}"#.write(toFile: config, atomically: true, encoding: .utf8)
        try await daemon.start(arguments: ["--config", config])
        let client = try await daemon.client()
        let big = "{\"method\":\"vn.khuyenhoc.Models.ListModels\",\"parameters\":{\"pad\":\"" + String(repeating: "x", count: 3000) + "\"}}"
        #expect(try await client.send(frame: Data(big.utf8) + [0]).error == "vn.khuyenhoc.Service.FrameTooLarge")
        try await daemon.stop()

        let overridden = try DaemonProcess()
        try await overridden.start(arguments: ["--config", config, "--max-frame-size", "65536"])
        let other = try await overridden.client()
        #expect(try await other.send(frame: Data(big.utf8) + [0]).error == nil)
        await other.close()
        try await overridden.stop()
    }

    @Test(arguments: [
        (#"{"maxFrameSize": "big"}"#, "maxFrameSize must be a whole number"),
        (#"{"maxConections": 3}"#, "unknown setting \"maxConections\""),
        (#"{"logLevel": "loud"}"#, "logLevel \"loud\""),
        (#"{"rubricDirectory": 5}"#, "rubricDirectory must be a string"),
        (#"{"rubricDirectory": " "}"#, "rubricDirectory must not be empty"),
        (#"{"socketMode": "0999"}"#, "socketMode \"0999\""),
        (#"not json"#, "is not a JSON object"),
        (#"{"loadSample": "no"}"#, "loadSample must be true or false"),
        (#"{"reminderHook": "/usr/local/bin/send-sms"}"#, "reminderHook must be a list of strings"),
        (#"{"reminderHook": []}"#, "reminderHook must be a program and its arguments"),
        (#"{"reminderHookTimeout": 0}"#, "reminderHookTimeout must be between 1 and 600 seconds"),
        (#"{"reminderRetry": 0}"#, "reminderRetry must be between 1 and 600 seconds"),
        (#"{"desktopNotifications": 1}"#, "desktopNotifications must be true or false"),
    ])
    func aWrongFileStopsTheStartNamingTheSetting(content: String, message: String) async throws {
        let folder = try TemporaryDirectory()
        let config = folder.path("khuyenhocd.json")
        try content.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try await ExternalCommand.run(
            BuildProducts.executable("khuyenhocd").path,
            ["--config", config, "--socket", folder.path("s.sock"), "--state-dir", folder.path("state")])
        #expect(result.status == 78)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains(config))
    }

    @Test func aMissingExplicitFileIsAnError() async throws {
        let folder = try TemporaryDirectory()
        let result = try await ExternalCommand.run(
            BuildProducts.executable("khuyenhocd").path,
            ["--config", folder.path("absent.json"), "--socket", folder.path("s.sock")])
        #expect(result.status == 78)
        #expect(result.stderr.contains("cannot be read"))
    }
}
