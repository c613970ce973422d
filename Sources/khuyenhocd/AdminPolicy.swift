import Synchronization
import Varlink

/// The rule for methods that change data, replaceable on reload.
final class AdminPolicy: Sendable {
    private let current: Mutex<PeerAuthorizer>

    init(_ authorizer: PeerAuthorizer) {
        current = Mutex(authorizer)
    }

    func allows(_ peer: PeerCredentials?) -> Bool {
        current.withLock { $0 }.allows(peer)
    }

    func replace(with authorizer: PeerAuthorizer) {
        current.withLock { $0 = authorizer }
    }
}
