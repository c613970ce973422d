import Synchronization

/// Lines a test collects from the code it runs, in order.
final class Lines: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    /// Waits until `condition` holds for the lines, for at most `seconds`.
    func wait(seconds: Double = 10, until condition: ([String]) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if condition(all) { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition(all)
    }
}
