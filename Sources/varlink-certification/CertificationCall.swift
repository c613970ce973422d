import Foundation
import Varlink

/// One call to the certification server, with the checks the Python server makes on it.
///
/// A failed check forgets the client (as the Python server does) and throws
/// `CertificationError` with what the test wants and the call as it was received.
struct CertificationCall: Sendable {
    let request: VarlinkRequest
    let state: CertificationState
    /// The call as received.
    let message: [String: JSONValue]
    /// Its parameters (omitted, `null` and `{}` alike).
    let parameters: [String: JSONValue]

    /// Parses a call whose method takes the parameters `declared`; any other parameter throws
    /// `InvalidParameter`, as does a `parameters` that is not an object.
    init(request: VarlinkRequest, state: CertificationState, declared: [String]) throws(VarlinkError) {
        self.request = request
        self.state = state
        do {
            message = try VarlinkJSON.decoder.decode([String: JSONValue].self, from: request.frame)
        } catch {
            throw .invalidParameter("parameters")
        }
        parameters = try request.decodeParameters([String: JSONValue].self)
        if let unknown = parameters.keys.sorted().first(where: { !declared.contains($0) }) {
            throw .invalidParameter(unknown)
        }
    }

    /// The call exactly as it came, for `CertificationError`'s `got`.
    var got: JSONValue { .object(message) }

    /// The call's `client_id`; ClientIdError when it is missing.
    func clientID() throws(VarlinkError) -> String {
        guard case .string(let clientID) = parameters["client_id"] else { throw .clientID }
        return clientID
    }

    /// A string parameter; `InvalidParameter` when it is missing or not a string.
    func string(_ name: String) throws(VarlinkError) -> String {
        guard case .string(let value) = parameters[name] else { throw .invalidParameter(name) }
        return value
    }

    /// A bool parameter; `InvalidParameter` when it is missing or not a bool.
    func bool(_ name: String) throws(VarlinkError) -> Bool {
        guard case .bool(let value) = parameters[name] else { throw .invalidParameter(name) }
        return value
    }

    /// A numeric (`int` or `float`) parameter; `InvalidParameter` when it is missing or not a number.
    func number(_ name: String) throws(VarlinkError) -> Double {
        guard case .number(let value) = parameters[name] else { throw .invalidParameter(name) }
        return value
    }

    /// Python's `assert_raw`: the whole call must equal `wants`.
    func expectMessage(_ clientID: String, equals wants: JSONValue) async throws(VarlinkError) {
        try await expect(clientID, wants: wants, .object(message) == wants)
    }

    /// Python's `assert_cmp`: `condition` must hold; `wants` is reported when it does not.
    func expect(_ clientID: String, wants: JSONValue, _ condition: Bool) async throws(VarlinkError) {
        guard !condition else { return }
        await state.forget(clientID)
        throw .certification(wants: wants, got: got)
    }

    /// The call the test wants: this method with `parameters` (and `extra` top-level keys).
    func wanted(_ parameters: [String: JSONValue], extra: [String: JSONValue] = [:]) -> JSONValue {
        var wants = extra
        wants["method"] = .string(request.header.method)
        if !parameters.isEmpty { wants["parameters"] = .object(parameters) }
        return .object(wants)
    }
}
