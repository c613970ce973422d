import Foundation

/// Sorts replies into outcomes against the errors the daemon's interfaces declare.
struct ReplyJudge {
    let declaredErrors: Set<String>
    var timeout: Duration = .seconds(10)

    func isDeclared(_ name: String) -> Bool {
        name.hasPrefix("org.varlink.service.") || declaredErrors.contains(name)
    }

    /// Reads the replies to one call (following `continues` up to the last) and judges them.
    func outcome(of connection: UnixConnection) -> Outcome {
        while true {
            switch connection.receive(timeout: timeout) {
            case .closed: return .closed
            case .timedOut: return .hang
            case .frame(let data):
                if let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                   reply["error"] == nil, reply["continues"] as? Bool == true {
                    continue
                }
                return outcome(ofFrame: data)
            }
        }
    }

    /// Judges one reply frame.
    func outcome(ofFrame data: Data) -> Outcome {
        guard let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return .garbage }
        if let name = reply["error"] as? String {
            return isDeclared(name) ? .declaredError(name) : .undeclaredError(name)
        }
        return .answered
    }
}
