import Varlink

/// Which method each client of the certification server must call next, as the Python server
/// keeps it: a client id lives from `Start` until `End`, a failed check, or twelve hours.
actor CertificationState {
    private static let lifetime: Duration = .seconds(12 * 60 * 60)

    private var nextMethod: [String: String] = [:]
    private var started: [(instant: ContinuousClock.Instant, clientID: String)] = []

    /// Hands out a new client id whose next method is `Start`.
    func register() -> String {
        var generator = SystemRandomNumberGenerator()
        let clientID = (0..<16).map { _ in
            let hex = String(UInt8.random(in: .min ... .max, using: &generator), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        nextMethod[clientID] = "Start"
        started.append((ContinuousClock.now, clientID))
        return clientID
    }

    /// Checks that `method` is the client's next call and moves it on to `next`.
    ///
    /// An unknown client id throws `ClientIdError`; a call out of order throws
    /// `CertificationError` naming the expected call (and keeps the client's place, as the
    /// Python server does).
    func advance(_ clientID: String, from method: String, to next: String) throws(VarlinkError) {
        expireOld()
        guard let expected = nextMethod[clientID] else { throw .clientID }
        guard expected == method else {
            throw .certification(
                wants: .string("Call to method " + CertificationValues.method(expected)),
                got: .string("Call to method " + CertificationValues.method(method)))
        }
        nextMethod[clientID] = next
    }

    /// Ends a client's session, after `End` or a failed check.
    func forget(_ clientID: String) {
        nextMethod[clientID] = nil
    }

    private func expireOld() {
        let now = ContinuousClock.now
        while let oldest = started.first, now - oldest.instant >= Self.lifetime {
            started.removeFirst()
            nextMethod[oldest.clientID] = nil
        }
    }
}
