import Foundation

/// Polls `condition` every 5 ms for up to 5 s.
func waitUntil(_ condition: @Sendable () -> Bool) async -> Bool {
    for _ in 0..<1000 {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}
