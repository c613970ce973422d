import Synchronization

/// A plugin on probation: its first successful call clears its crash history, once.
final class ProbationWatch: Sendable {
    private let pending = Atomic(true)
    private let cleared: @Sendable () -> Void

    init(cleared: @escaping @Sendable () -> Void) {
        self.cleared = cleared
    }

    /// One relaxed load on every success; the clearing runs for the first only.
    @inline(__always)
    func succeeded() {
        guard pending.load(ordering: .relaxed) else { return }
        if pending.compareExchange(expected: true, desired: false, ordering: .relaxed).exchanged { cleared() }
    }
}
