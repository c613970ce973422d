import Foundation
import Testing
import Varlink
#if canImport(Glibc)
import Glibc
#endif

@Suite("VarlinkServer and VarlinkClient", .timeLimit(.minutes(1)))
struct ServerClientTests {
    struct Info: Decodable, Equatable {
        var vendor, product, version, url: String
        var interfaces: [String]
    }

    struct Description: Decodable {
        var description: String
    }

    struct Text: Codable, Equatable {
        var text: String
    }

    @Test("GetInfo reports the service and its interfaces")
    func getInfo() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let info: Info = try await client.call("org.varlink.service.GetInfo")
            #expect(info == Info(
                vendor: "Test Vendor", product: "Test Product", version: "7", url: "https://example.org",
                interfaces: ["org.varlink.service", "org.example.test"]))
            await client.close()
        }
    }

    @Test("GetInterfaceDescription returns the IDL text of each interface")
    func getInterfaceDescription() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let test: Description = try await client.call(
                "org.varlink.service.GetInterfaceDescription", ["interface": "org.example.test"])
            #expect(test.description == TestInterface.description)
            let service: Description = try await client.call(
                "org.varlink.service.GetInterfaceDescription", ["interface": "org.varlink.service"])
            #expect(service.description.contains("interface org.varlink.service"))
            await client.close()
        }
    }

    @Test("an unknown interface is InterfaceNotFound")
    func interfaceNotFound() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let reply = try await client.send("org.example.nowhere.Echo")
            #expect(reply.asError() == .interfaceNotFound("org.example.nowhere"))
            let description = try await client.send(
                "org.varlink.service.GetInterfaceDescription", parameters: .value(["interface": "org.example.nowhere"]))
            #expect(description.asError() == .interfaceNotFound("org.example.nowhere"))
            await client.close()
        }
    }

    @Test("an unknown method is MethodNotFound, and the connection goes on")
    func methodNotFound() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let reply = try await client.send("org.example.test.Nothing")
            #expect(reply.asError() == .methodNotFound("org.example.test.Nothing"))
            let builtin = try await client.send("org.varlink.service.Nothing")
            #expect(builtin.asError() == .methodNotFound("org.varlink.service.Nothing"))
            let echo: Text = try await client.call("org.example.test.Echo", ["text": "still here"])
            #expect(echo == Text(text: "still here"))
            await client.close()
        }
    }

    @Test("a bad parameter is InvalidParameter naming it")
    func invalidParameter() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let reply = try await client.send("org.example.test.Echo", parameters: .value(["text": 5]))
            #expect(reply.asError() == .invalidParameter("text"))
            await client.close()
        }
    }

    @Test("parameters that are not an object are InvalidParameter, also for a method that takes none")
    func parametersNotAnObject() async throws {
        // Found by khuyenhoc-hostile: `"parameters":[]` reached a method without parameters and was answered.
        try await TestServer.with { server in
            let socket = try await server.connectRaw()
            for parameters in ["[]", "1", #""x""#, "true"] {
                for method in ["org.example.test.Recorded", "org.example.test.Echo"] {
                    try await socket.send(#"{"method":"\#(method)","parameters":\#(parameters)}"# + "\0")
                    let reply = try jsonObject(try #require(try await socket.readFrame()))
                    #expect(reply["error"] == .string("org.varlink.service.InvalidParameter"), "\(method) \(parameters)")
                    #expect(reply["parameters"] == .object(["parameter": .string("parameters")]), "\(method) \(parameters)")
                }
            }
            try await socket.send(#"{"method":"org.example.test.Recorded","parameters":null}"# + "\0")
            #expect(try jsonObject(try #require(try await socket.readFrame()))["error"] == nil)
            try await socket.send(#"{"method":"org.example.test.Recorded","parameters": {}}"# + "\0")
            #expect(try jsonObject(try #require(try await socket.readFrame()))["error"] == nil)
        }
    }

    @Test("pipelined calls on one connection are answered in order")
    func pipelinedRaw() async throws {
        try await TestServer.with { server in
            let socket = try await server.connectRaw()
            try await socket.send(
                #"{"method":"org.example.test.Echo","parameters":{"text":"first","delay_ms":150}}"# + "\0"
                    + #"{"method":"org.example.test.Echo","parameters":{"text":"second"}}"# + "\0"
                    + #"{"method":"org.example.test.Echo","parameters":{"text":"third","delay_ms":30}}"# + "\0")
            var texts: [JSONValue?] = []
            for _ in 0..<3 {
                let frame = try #require(try await socket.readFrame())
                texts.append(try jsonObject(frame)["parameters"]?.objectValue?["text"])
            }
            #expect(texts == [.string("first"), .string("second"), .string("third")])
        }
    }

    @Test("concurrent calls through one client each get their own reply")
    func pipelinedClient() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let results = try await withThrowingTaskGroup(of: (Int, Text).self) { group in
                for index in 0..<20 {
                    group.addTask {
                        let text: Text = try await client.call(
                            "org.example.test.Echo",
                            TestInterface.EchoParameters(text: "call \(index)", delay_ms: (20 - index) % 7))
                        return (index, text)
                    }
                }
                return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
            }
            #expect(results.count == 20)
            for (index, text) in results {
                #expect(text == Text(text: "call \(index)"))
            }
            await client.close()
        }
    }

    @Test("a more call streams replies with continues until the last")
    func moreStreaming() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            var indices: [Int] = []
            var continues: [Bool] = []
            for try await reply in client.stream("org.example.test.Count", parameters: .value(["count": 5])) {
                indices.append(try reply.decode(TestInterface.IndexReply.self).index)
                continues.append(reply.continues)
            }
            #expect(indices == [1, 2, 3, 4, 5])
            #expect(continues == [true, true, true, true, false])
            let echo: Text = try await client.call("org.example.test.Echo", ["text": "after"])
            #expect(echo.text == "after")
            await client.close()
        }
    }

    @Test("more replies on the wire carry continues: true, the last none")
    func moreOnTheWire() async throws {
        try await TestServer.with { server in
            let socket = try await server.connectRaw()
            try await socket.send(#"{"method":"org.example.test.Count","more":true,"parameters":{"count":3}}"# + "\0")
            var frames: [[String: JSONValue]] = []
            for _ in 0..<3 { frames.append(try jsonObject(try #require(try await socket.readFrame()))) }
            #expect(frames.map { $0["continues"] } == [.bool(true), .bool(true), nil])
            #expect(frames.map { $0["parameters"] } == [1, 2, 3].map { .object(["index": .number($0)]) })
        }
    }

    @Test("a more call in progress is cancelled when its client goes away")
    func streamCancelledWhenTheClientLeaves() async throws {
        try await TestServer.with { server in
            let follower = try await server.connect()
            var replies = follower.stream("org.example.test.Follow").makeAsyncIterator()
            let first = try #require(try await replies.next())
            #expect(try first.decode(TestInterface.IndexReply.self) == TestInterface.IndexReply(index: 0))
            await follower.close()
            let observer = try await server.connect()
            var seen: [String] = []
            for _ in 0..<500 {
                let recorded: [String: [String]] = try await observer.call("org.example.test.Recorded")
                seen = recorded["values"] ?? []
                if !seen.isEmpty { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(seen == ["follow cancelled"])
            await observer.close()
        }
    }

    @Test("a handler that needs more throws ExpectedMore to a plain call")
    func expectedMore() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            let reply = try await client.send("org.example.test.Count", parameters: .value(["count": 3]))
            #expect(reply.asError() == .expectedMore)
            await client.close()
        }
    }

    @Test("a oneway call runs and gets no reply")
    func oneway() async throws {
        try await TestServer.with { server in
            let client = try await server.connect()
            try await client.sendOneway("org.example.test.Record", parameters: .value(["value": "one"]))
            try await client.sendOneway("org.example.test.Record", parameters: .value(["value": "two"]))
            let recorded: [String: [String]] = try await client.call("org.example.test.Recorded")
            #expect(recorded == ["values": ["one", "two"]])
            await client.close()

            let socket = try await server.connectRaw()
            try await socket.send(
                #"{"method":"org.example.test.Record","oneway":true,"parameters":{"value":"three"}}"# + "\0"
                    + #"{"method":"org.example.test.Nothing","oneway":true}"# + "\0"
                    + #"{"method":"org.example.test.Recorded"}"# + "\0")
            let frame = try #require(try await socket.readFrame())
            #expect(try jsonObject(frame) == ["parameters": .object(["values": .array(["one", "two", "three"].map { .string($0) })])])
            await #expect(throws: RawSocket.Failure.self) { try await socket.readFrame(timeout: .milliseconds(200)) }
        }
    }

    @Test("a privileged method is refused with PermissionDenied when the authorizer says no")
    func privilegedRefused() async throws {
        try await TestServer.with(authorizer: { _ in false }) { server in
            let client = try await server.connect()
            let reply = try await client.send("org.example.test.Admin")
            #expect(reply.asError() == .permissionDenied)
            let echo: Text = try await client.call("org.example.test.Echo", ["text": "open methods still work"])
            #expect(echo.text == "open methods still work")
            await client.close()
        }
    }

    @Test("the authorizer sees the caller's credentials")
    func privilegedAllowed() async throws {
        let uid = getuid()
        try await TestServer.with(authorizer: { peer in peer?.uid == uid && peer?.pid == getpid() }) { server in
            let client = try await server.connect()
            let reply: [String: Bool] = try await client.call("org.example.test.Admin")
            #expect(reply == ["ok": true])
            await client.close()
        }
    }
}
