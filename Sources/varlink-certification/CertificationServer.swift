import Varlink

/// The server side of the certification: `org.varlink.certification` answering exactly as the
/// Python reference server does, one expected-next-method state per client id.
struct CertificationServer: Sendable {
    private let state = CertificationState()

    /// The interface with its methods, to hand to a `VarlinkService`.
    var interface: VarlinkInterface {
        VarlinkInterface(
            name: CertificationInterface.name,
            description: CertificationInterface.description,
            methods: [
                method("Start", []) { call, _ in try await start(call) },
                method("Test01", ["client_id"]) { call, _ in try await test01(call) },
                method("Test02", ["client_id", "bool"]) { call, _ in try await test02(call) },
                method("Test03", ["client_id", "int"]) { call, _ in try await test03(call) },
                method("Test04", ["client_id", "float"]) { call, _ in try await test04(call) },
                method("Test05", ["client_id", "string"]) { call, _ in try await test05(call) },
                method("Test06", ["client_id", "bool", "int", "float", "string"]) { call, _ in try await test06(call) },
                method("Test07", ["client_id", "struct"]) { call, _ in try await test07(call) },
                method("Test08", ["client_id", "map"]) { call, _ in try await test08(call) },
                method("Test09", ["client_id", "set"]) { call, _ in try await test09(call) },
                method("Test10", ["client_id", "mytype"]) { call, stream in try await test10(call, stream) },
                method("Test11", ["client_id", "last_more_replies"]) { call, _ in try await test11(call) },
                method("End", ["client_id"]) { call, _ in try await end(call) },
            ]
        )
    }

    private func method(
        _ name: String, _ declared: [String],
        _ body: @escaping @Sendable (CertificationCall, VarlinkReplyStream) async throws -> [String: JSONValue]
    ) -> VarlinkMethod {
        let state = self.state
        return VarlinkMethod(name) { request, stream in
            let call = try CertificationCall(request: request, state: state, declared: declared)
            return .value(try await body(call, stream))
        }
    }

    /// `Start() -> (client_id: string)`: takes no parameters at all (an empty or null
    /// `parameters` is tolerated).
    private func start(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = await state.register()
        var message = call.message
        if message["parameters"] == .null || message["parameters"] == .object([:]) {
            message["parameters"] = nil
        }
        try await state.advance(clientID, from: "Start", to: "Test01")
        try await call.expect(clientID, wants: call.wanted([:]), .object(message) == call.wanted([:]))
        return ["client_id": .string(clientID)]
    }

    /// `Test01(client_id) -> (bool: bool)`.
    private func test01(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        try await state.advance(clientID, from: "Test01", to: "Test02")
        try await call.expectMessage(clientID, equals: call.wanted(["client_id": .string(clientID)]))
        return ["bool": .bool(true)]
    }

    /// `Test02(client_id, bool: bool) -> (int: int)`: wants `true`.
    private func test02(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        let value = try call.bool("bool")
        try await state.advance(clientID, from: "Test02", to: "Test03")
        let wants = call.wanted(["client_id": .string(clientID), "bool": .bool(true)])
        try await call.expect(clientID, wants: wants, value == true)
        try await call.expectMessage(clientID, equals: wants)
        return ["int": .number(1)]
    }

    /// `Test03(client_id, int: int) -> (float: float)`: wants 1.
    private func test03(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        let value = try call.number("int")
        try await state.advance(clientID, from: "Test03", to: "Test04")
        let wants = call.wanted(["client_id": .string(clientID), "int": .number(1)])
        try await call.expect(clientID, wants: wants, value == 1)
        try await call.expectMessage(clientID, equals: wants)
        return ["float": .number(1.0)]
    }

    /// `Test04(client_id, float: float) -> (string: string)`: wants 1.0.
    private func test04(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        let value = try call.number("float")
        try await state.advance(clientID, from: "Test04", to: "Test05")
        let wants = call.wanted(["client_id": .string(clientID), "float": .number(1.0)])
        try await call.expect(clientID, wants: wants, value == 1.0)
        try await call.expectMessage(clientID, equals: wants)
        return ["string": .string("ping")]
    }

    /// `Test05(client_id, string: string) -> (bool, int, float, string)`: wants "ping".
    private func test05(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        let value = try call.string("string")
        try await state.advance(clientID, from: "Test05", to: "Test06")
        let wants = call.wanted(["client_id": .string(clientID), "string": .string("ping")])
        try await call.expect(clientID, wants: wants, value == "ping")
        try await call.expectMessage(clientID, equals: wants)
        return CertificationValues.structValue.objectValue ?? [:]
    }

    /// `Test06(client_id, bool, int, float, string) -> (struct: (…))`: wants Test05's reply back.
    private func test06(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        let (bool, int, float, string) = (
            try call.bool("bool"), try call.number("int"), try call.number("float"), try call.string("string"))
        try await state.advance(clientID, from: "Test06", to: "Test07")
        var parameters = CertificationValues.structValue.objectValue ?? [:]
        parameters["client_id"] = .string(clientID)
        let wants = call.wanted(parameters)
        try await call.expectMessage(clientID, equals: wants)
        try await call.expect(clientID, wants: wants, int == 2)
        try await call.expect(clientID, wants: wants, bool == false)
        try await call.expect(clientID, wants: wants, float == .pi)
        try await call.expect(clientID, wants: wants, string == CertificationValues.string)
        return ["struct": CertificationValues.structValue]
    }

    /// `Test07(client_id, struct: (…)) -> (map: [string]string)`: wants Test06's struct back.
    private func test07(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        try await state.advance(clientID, from: "Test07", to: "Test08")
        let wants = call.wanted(["client_id": .string(clientID), "struct": CertificationValues.structValue])
        try await call.expectMessage(clientID, equals: wants)
        return ["map": CertificationValues.map]
    }

    /// `Test08(client_id, map: [string]string) -> (set: [string]())`: wants Test07's map back.
    private func test08(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        try await state.advance(clientID, from: "Test08", to: "Test09")
        try await call.expectMessage(
            clientID, equals: call.wanted(["client_id": .string(clientID), "map": CertificationValues.map]))
        return ["set": CertificationValues.set]
    }

    /// `Test09(client_id, set: [string]()) -> (mytype: MyType)`: wants Test08's set back.
    private func test09(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        try await state.advance(clientID, from: "Test09", to: "Test10")
        try await call.expectMessage(
            clientID, equals: call.wanted(["client_id": .string(clientID), "set": CertificationValues.set]))
        return ["mytype": CertificationValues.myType]
    }

    /// `Test10(client_id, mytype: MyType) -> (string: string)`, called with `more`: wants
    /// Test09's value back (its nullable members null or left out) and streams ten replies.
    private func test10(_ call: CertificationCall, _ stream: VarlinkReplyStream) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        guard call.request.wantsMore else { throw VarlinkError.expectedMore }
        try await state.advance(clientID, from: "Test10", to: "Test11")
        let expected = CertificationValues.myTypeWithoutNullables
        let wants = call.wanted(
            ["client_id": .string(clientID), "mytype": .object(expected)], extra: ["more": .bool(true)])
        guard var mytype = call.parameters["mytype"]?.objectValue else {
            try await call.expect(clientID, wants: wants, false)
            return [:]
        }
        for name in CertificationValues.nullableMembers {
            if let value = mytype.removeValue(forKey: name) {
                try await call.expect(clientID, wants: wants, value == .null)
            }
        }
        try await call.expect(clientID, wants: wants, mytype == expected)
        for index in 1..<CertificationValues.moreReplyCount {
            try await stream.yield(["string": JSONValue.string(CertificationValues.moreReply(index))])
        }
        return ["string": .string(CertificationValues.moreReply(CertificationValues.moreReplyCount))]
    }

    /// `Test11(client_id, last_more_replies: []string) -> ()`, called `oneway`: wants Test10's
    /// replies in order.
    private func test11(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        try await state.advance(clientID, from: "Test11", to: "End")
        let replies = CertificationValues.moreReplies
        let wants = call.wanted(
            ["client_id": .string(clientID), "last_more_replies": .array(replies)], extra: ["oneway": .bool(true)])
        try await call.expect(clientID, wants: wants, call.request.header.oneway == true)
        try await call.expect(clientID, wants: wants, call.parameters["last_more_replies"] == .array(replies))
        return [:]
    }

    /// `End(client_id) -> (all_ok: bool)`: ends the client's session.
    private func end(_ call: CertificationCall) async throws -> [String: JSONValue] {
        let clientID = try call.clientID()
        try await state.advance(clientID, from: "End", to: "Start")
        try await call.expectMessage(clientID, equals: call.wanted(["client_id": .string(clientID)]))
        await state.forget(clientID)
        return ["all_ok": .bool(true)]
    }
}
