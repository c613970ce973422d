/// The source of a batch, handed over with `sending` to be read on the database's writer queue.
/// The caller gave it up, so no one else touches it; the compiler cannot see that across GRDB's
/// `@Sendable` closure, hence the unchecked conformance. Type-erased so that the closure captures
/// no generic type.
final class TransferredRows: @unchecked Sendable {
    private let source: any BatchSource

    init(_ source: consuming some BatchSource) {
        self.source = source
    }

    /// The next row, prepared, or nil after the last. Called from one thread at a time: the writer's.
    func next() -> PreparedRow? { source.nextPrepared() }

    /// Whether the source found that nothing must be written.
    var failed: Bool { source.failed }
}
