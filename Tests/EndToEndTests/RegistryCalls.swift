import Foundation
import KhuyenHocAPI
import Varlink

/// Calls `vn.khuyenhoc.Registry` methods (or another interface's) of a daemon under test: a reply
/// decoded, or the error.
struct RegistryCalls {
    let client: VarlinkClient
    var interface = "vn.khuyenhoc.Registry"

    /// The reply of `method`; an error reply is thrown as its `VarlinkError`.
    func call<Reply: Decodable>(
        _ method: String, _ parameters: some Encodable & Sendable, as type: Reply.Type = Reply.self
    ) async throws -> Reply {
        let reply = try await client.send("\(interface).\(method)", parameters: .value(parameters))
        if let error = reply.asError() { throw error }
        return try reply.decode(Reply.self)
    }

    /// The error `method` answers with, or nil when it succeeds.
    func error(_ method: String, _ parameters: some Encodable & Sendable) async throws -> VarlinkError? {
        try await client.send("\(interface).\(method)", parameters: .value(parameters)).asError()
    }

    /// The error a call with `parameters` written as JSON text answers with (for values of the wrong type).
    func error(_ method: String, json parameters: String) async throws -> VarlinkError? {
        let frame = Data(#"{"method":"\#(interface).\#(method)","parameters":\#(parameters)}"#.utf8) + Data([0])
        return try await client.send(frame: frame).asError()
    }

    /// Adds a commune and returns its code.
    @discardableResult
    func addCommune(_ code: String, _ name: String) async throws -> String {
        try await call("AddCommune", AddCommuneParameters(code: code, name: name), as: CommuneReply.self).commune.code
    }

    func addCommunity(_ communeCode: String, _ name: String) async throws -> CommunityInfo {
        try await call("AddCommunity", AddCommunityParameters(communeCode: communeCode, name: name), as: CommunityReply.self).community
    }

    func addHousehold(_ communityID: Int64, _ name: String, members: [NewMember] = []) async throws -> HouseholdInfo {
        try await call(
            "AddHousehold", AddHouseholdParameters(communityID: communityID, name: name, members: members),
            as: HouseholdReply.self
        ).household
    }

    func addPerson(_ householdID: Int64?, _ name: String, born: Int = 1980) async throws -> PersonInfo {
        try await call(
            "AddPerson", AddPersonParameters(householdID: householdID, person: NewMember(name: name, birthYear: born)),
            as: PersonReply.self
        ).person
    }
}
