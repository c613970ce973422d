import Foundation
import Varlink

/// The client side of the certification: calls `Start`, `Test01`…`Test11` and `End` as the
/// Python reference client does, passing each reply on to the next call, and checks every reply
/// against the values the reference server sends.
struct CertificationClient {
    var socketPath: String

    /// Runs the whole sequence; returns the client id once `End` says `all_ok`.
    func run() async throws -> String {
        let client = try await VarlinkClient.connect(unixPath: socketPath)
        do {
            let clientID = try await run(client)
            await client.close()
            return clientID
        } catch {
            await client.close()
            throw error
        }
    }

    private func run(_ client: VarlinkClient) async throws -> String {
        let start = try await call(client, "Start", [:])
        guard case .string(let clientID)? = start["client_id"], !clientID.isEmpty else {
            throw failure("Start", "no client_id in \(start)")
        }
        let id = JSONValue.string(clientID)

        let test01 = try await call(client, "Test01", ["client_id": id])
        try check("Test01", test01, ["bool": .bool(true)])

        let test02 = try await call(client, "Test02", ["client_id": id, "bool": test01["bool"] ?? .null])
        try check("Test02", test02, ["int": .number(1)])

        let test03 = try await call(client, "Test03", ["client_id": id, "int": test02["int"] ?? .null])
        try check("Test03", test03, ["float": .number(1.0)])

        let test04 = try await call(client, "Test04", ["client_id": id, "float": test03["float"] ?? .null])
        try check("Test04", test04, ["string": .string("ping")])

        let test05 = try await call(client, "Test05", ["client_id": id, "string": test04["string"] ?? .null])
        try check("Test05", test05, CertificationValues.structValue.objectValue ?? [:])

        var test06Parameters = test05
        test06Parameters["client_id"] = id
        let test06 = try await call(client, "Test06", test06Parameters)
        try check("Test06", test06, ["struct": CertificationValues.structValue])

        let test07 = try await call(client, "Test07", ["client_id": id, "struct": test06["struct"] ?? .null])
        try check("Test07", test07, ["map": CertificationValues.map])

        let test08 = try await call(client, "Test08", ["client_id": id, "map": test07["map"] ?? .null])
        try check("Test08", test08, ["set": CertificationValues.set])

        let test09 = try await call(client, "Test09", ["client_id": id, "set": test08["set"] ?? .null])
        guard var mytype = test09["mytype"]?.objectValue else {
            throw failure("Test09", "no mytype object in \(test09)")
        }
        for name in CertificationValues.nullableMembers {
            if let value = mytype.removeValue(forKey: name), value != .null {
                throw failure("Test09", "\(name) is \(value), wants null")
            }
        }
        try check("Test09", ["mytype": .object(mytype)], ["mytype": .object(CertificationValues.myTypeWithoutNullables)])

        let replies = try await stream(client, "Test10", ["client_id": id, "mytype": test09["mytype"] ?? .null])

        try await client.sendOneway(
            CertificationValues.method("Test11"),
            parameters: .value(["client_id": id, "last_more_replies": JSONValue.array(replies)]))

        let end = try await call(client, "End", ["client_id": id])
        try check("End", end, ["all_ok": .bool(true)])
        return clientID
    }

    /// Calls a method with one reply; an error reply or a reply with `continues` fails.
    private func call(
        _ client: VarlinkClient, _ member: String, _ parameters: [String: JSONValue]
    ) async throws -> [String: JSONValue] {
        let reply = try await client.send(
            CertificationValues.method(member), parameters: parameters.isEmpty ? .empty : .value(parameters))
        return try decode(member, reply, wantsContinues: false)
    }

    /// Calls Test10 with `more`; wants ten replies "Reply number 1"…"10", all but the last with
    /// `continues`, and returns their strings.
    private func stream(
        _ client: VarlinkClient, _ member: String, _ parameters: [String: JSONValue]
    ) async throws -> [JSONValue] {
        var strings: [JSONValue] = []
        let count = CertificationValues.moreReplyCount
        for try await reply in client.stream(CertificationValues.method(member), parameters: .value(parameters)) {
            let index = strings.count + 1
            guard index <= count else { throw failure(member, "more than \(count) replies") }
            let body = try decode(member, reply, wantsContinues: index < count)
            try check(member, body, ["string": .string(CertificationValues.moreReply(index))])
            strings.append(.string(CertificationValues.moreReply(index)))
        }
        guard strings.count == count else {
            throw failure(member, "\(strings.count) replies, wants \(count)")
        }
        return strings
    }

    private func decode(_ member: String, _ reply: VarlinkReply, wantsContinues: Bool) throws -> [String: JSONValue] {
        if let error = reply.asError() { throw failure(member, "error reply \(error)") }
        guard reply.continues == wantsContinues else {
            throw failure(member, "continues is \(reply.continues), wants \(wantsContinues)")
        }
        do {
            return try reply.decode([String: JSONValue].self)
        } catch {
            throw failure(member, "reply parameters are not an object: \(error)")
        }
    }

    private func check(_ member: String, _ got: [String: JSONValue], _ wants: [String: JSONValue]) throws {
        guard got == wants else { throw failure(member, "reply \(describe(got)), wants \(describe(wants))") }
    }

    private func describe(_ value: [String: JSONValue]) -> String {
        guard let data = try? VarlinkJSON.encoder.encode(value) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    private func failure(_ member: String, _ reason: String) -> CertificationClientFailure {
        CertificationClientFailure(method: member, reason: reason)
    }
}
