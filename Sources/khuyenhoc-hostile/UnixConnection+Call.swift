import Foundation

extension UnixConnection {
    /// What one call came to: its parameters, a named error, or nothing (closed, timed out).
    enum Reply {
        case value([String: Any])
        case error(String)
        case none(Read)
    }

    /// Sends one call and reads its reply.
    func call(_ method: String, _ parameters: [String: Any] = [:], timeout: Duration = .seconds(120)) -> Reply {
        var message: [String: Any] = ["method": method]
        if !parameters.isEmpty { message["parameters"] = parameters }
        // Plain JSON values built by the suite itself always serialize.
        let data = try! JSONSerialization.data(withJSONObject: message)
        guard send(Array(data) + [0]) else { return .none(.closed) }
        switch receive(timeout: timeout) {
        case .frame(let frame):
            guard let object = (try? JSONSerialization.jsonObject(with: frame)) as? [String: Any] else { return .error("(not JSON)") }
            if let error = object["error"] as? String { return .error(error) }
            return .value(object["parameters"] as? [String: Any] ?? [:])
        case let other:
            return .none(other)
        }
    }
}

extension UnixConnection.Reply {
    /// The reply's parameters, or nil for an error or no reply.
    var value: [String: Any]? {
        if case .value(let parameters) = self { return parameters }
        return nil
    }

    /// A short account for a failure message.
    var summary: String {
        switch self {
        case .value(let parameters): "answered \(parameters.keys.sorted())"
        case .error(let name): "error \(name)"
        case .none(let read): "no reply (\(read))"
        }
    }
}
