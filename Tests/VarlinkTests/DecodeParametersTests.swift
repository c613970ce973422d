import Foundation
import Testing
import Varlink

@Suite("VarlinkRequest.decodeParameters")
struct DecodeParametersTests {
    struct Optionals: Decodable, Sendable, Equatable {
        var name: String?
        var count: Int?
    }

    struct Required: Decodable, Sendable, Equatable {
        var name: String
        var count: Int
    }

    struct Nested: Decodable, Sendable {
        struct Inner: Decodable, Sendable {
            var first: Int
        }
        var inner: Inner
    }

    private func request(_ json: String) throws -> VarlinkRequest {
        try VarlinkRequest(frame: Data(json.utf8), peer: nil)
    }

    @Test("parameters omitted, null or {} are all accepted", arguments: [
        #"{"method":"a.b.C"}"#,
        #"{"method":"a.b.C","parameters":null}"#,
        #"{"method":"a.b.C","parameters":{}}"#,
    ])
    func emptyParameters(_ json: String) throws {
        let request = try request(json)
        _ = try request.decodeParameters(NoParameters.self)
        #expect(try request.decodeParameters(Optionals.self) == Optionals())
        #expect(try request.decodeParameters([String: JSONValue].self).isEmpty)
    }

    @Test("unknown top-level keys and unknown parameters are ignored")
    func unknownKeys() throws {
        let request = try request(#"{"method":"a.b.C","future":true,"parameters":{"name":"x","count":2,"extra":[]}}"#)
        #expect(request.header.method == "a.b.C")
        #expect(try request.decodeParameters(Required.self) == Required(name: "x", count: 2))
    }

    @Test("a missing parameter is InvalidParameter naming it", arguments: [
        (#"{"method":"a.b.C"}"#, "name"),
        (#"{"method":"a.b.C","parameters":null}"#, "name"),
        (#"{"method":"a.b.C","parameters":{"name":"x"}}"#, "count"),
    ])
    func missingParameter(_ json: String, _ name: String) throws {
        let error = #expect(throws: VarlinkError.self) { try self.request(json).decodeParameters(Required.self) }
        #expect(error == .invalidParameter(name))
    }

    @Test("a wrongly typed parameter is InvalidParameter naming it", arguments: [
        (#"{"method":"a.b.C","parameters":{"name":1,"count":2}}"#, "name"),
        (#"{"method":"a.b.C","parameters":{"name":"x","count":"2"}}"#, "count"),
        (#"{"method":"a.b.C","parameters":{"name":"x","count":null}}"#, "count"),
    ])
    func wrongType(_ json: String, _ name: String) throws {
        let error = #expect(throws: VarlinkError.self) { try self.request(json).decodeParameters(Required.self) }
        #expect(error == .invalidParameter(name))
    }

    @Test("a nested field is named with dots")
    func nestedField() throws {
        let error = #expect(throws: VarlinkError.self) {
            try self.request(#"{"method":"a.b.C","parameters":{"inner":{"first":"one"}}}"#).decodeParameters(Nested.self)
        }
        #expect(error == .invalidParameter("inner.first"))
    }

    /// Foundation reports a number that does not fit the type without a coding path, so the
    /// error can only name `parameters`; it is still InvalidParameter.
    @Test("parameters that are not an object, or a number out of range, are InvalidParameter", arguments: [
        #"{"method":"a.b.C","parameters":[1]}"#,
        #"{"method":"a.b.C","parameters":{"name":"x","count":2.5}}"#,
        #"{"method":"a.b.C","parameters":{"name":"x","count":1e30}}"#,
    ])
    func notAnObject(_ json: String) throws {
        let error = #expect(throws: VarlinkError.self) { try self.request(json).decodeParameters(Required.self) }
        #expect(error?.name == "org.varlink.service.InvalidParameter")
    }
}
