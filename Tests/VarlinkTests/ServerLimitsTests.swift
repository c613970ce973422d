import Foundation
import NIOCore
import Testing
import Varlink

@Suite("VarlinkServer limits", .timeLimit(.minutes(1)))
struct ServerLimitsTests {
    struct Text: Codable, Equatable {
        var text: String
    }

    @Test("an oversized frame gets the configured error, then its connection closes; others go on")
    func oversizedFrame() async throws {
        var configuration = VarlinkServerConfiguration()
        configuration.maximumFrameSize = 1024
        configuration.frameTooLargeError = "org.example.test.FrameTooLarge"
        try await TestServer.with(configuration: configuration) { server in
            let bystander = try await server.connect()
            let before: Text = try await bystander.call("org.example.test.Echo", ["text": "before"])
            #expect(before.text == "before")

            let socket = try await server.connectRaw()
            try await socket.send(#"{"method":"org.example.test.Echo","parameters":{"text":"ok"}}"# + "\0")
            #expect(try await socket.readFrame() == #"{"parameters":{"text":"ok"}}"#)
            try? await socket.send(#"{"method":"org.example.test.Echo","parameters":{"text":""# + String(repeating: "x", count: 4096))
            let frames = try await socket.readUntilClosed()
            #expect(try frames.map(jsonObject) == [[
                "error": .string("org.example.test.FrameTooLarge"), "parameters": .object(["limit": .number(1024)]),
            ]])

            let after: Text = try await bystander.call("org.example.test.Echo", ["text": "after"])
            #expect(after.text == "after")
            await bystander.close()
        }
    }

    @Test("connections over the cap are refused; room frees up when one closes")
    func connectionCap() async throws {
        var configuration = VarlinkServerConfiguration()
        configuration.maximumConnections = 2
        configuration.tooManyConnectionsError = "org.example.test.TooManyConnections"
        try await TestServer.with(configuration: configuration) { server in
            let first = try await server.connect()
            let second = try await server.connect()
            for client in [first, second] {
                let echo: Text = try await client.call("org.example.test.Echo", ["text": "admitted"])
                #expect(echo.text == "admitted")
            }
            #expect(server.server.connectionCount == 2)

            let refused = try await server.connectRaw()
            let frames = try await refused.readUntilClosed()
            #expect(try frames.map(jsonObject) == [[
                "error": .string("org.example.test.TooManyConnections"), "parameters": .object(["limit": .number(2)]),
            ]])
            let echo: Text = try await first.call("org.example.test.Echo", ["text": "unaffected"])
            #expect(echo.text == "unaffected")

            await second.close()
            try await waitUntil { server.server.connectionCount < 2 }
            let third = try await server.connect()
            let admitted: Text = try await third.call("org.example.test.Echo", ["text": "room again"])
            #expect(admitted.text == "room again")
            await first.close()
            await third.close()
        }
    }

    @Test("an idle connection is closed after the idle timeout, a busy one is not")
    func idleTimeout() async throws {
        // Margins wide enough for a loaded CI machine: the busy connection must get its call in
        // well within the idle timeout, and the call then outlasts the timeout 2.5 times over.
        var configuration = VarlinkServerConfiguration()
        configuration.idleTimeout = .seconds(1)
        try await TestServer.with(configuration: configuration) { server in
            let busy = try await server.connect()
            let slow: Text = try await busy.call(
                "org.example.test.Echo", TestInterface.EchoParameters(text: "slow", delay_ms: 2500))
            #expect(slow.text == "slow")
            await busy.close()

            let idle = try await server.connectRaw()
            let opened = ContinuousClock.now
            #expect(try await idle.readUntilClosed(timeout: .seconds(10)).isEmpty)
            let waited = ContinuousClock.now - opened
            #expect(waited >= .milliseconds(900))
            #expect(waited < .seconds(8))
        }
    }

    @Test("a call that is not a Varlink call gets the configured error")
    func malformedCall() async throws {
        var configuration = VarlinkServerConfiguration()
        configuration.malformedCallError = "org.example.test.MalformedCall"
        try await TestServer.with(configuration: configuration) { server in
            let socket = try await server.connectRaw()
            try await socket.send(#"{"parameters":{}}"# + "\0" + #"{"method":"org.example.test.Echo","parameters":{"text":"fine"}}"# + "\0")
            let error = try jsonObject(try #require(try await socket.readFrame()))
            #expect(error["error"] == .string("org.example.test.MalformedCall"))
            #expect(try await socket.readFrame() == #"{"parameters":{"text":"fine"}}"#)
        }
    }

    private func waitUntil(_ condition: @Sendable () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while !condition() {
            guard ContinuousClock.now < deadline else { throw RawSocket.Failure(description: "condition not met within 5 s") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
