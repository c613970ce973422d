import Foundation

/// stderr, read on another thread.
final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func setError(_ value: Data) { lock.withLock { data = value } }
    var error: Data { lock.withLock { data } }
}
