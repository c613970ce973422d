/// The rows of a batch, handed over with `sending` to be read on the database's writer queue. The
/// caller gave them up, so no one else touches them; the compiler cannot see that across GRDB's
/// `@Sendable` closure, hence the unchecked conformance. Type-erased so that the closure captures
/// no generic type.
final class TransferredRows: @unchecked Sendable {
    private let iterator: AnyIterator<RegistryRow>

    init<Rows: Sequence<RegistryRow>>(_ rows: consuming Rows) {
        iterator = AnyIterator(rows.makeIterator())
    }

    /// The next row, or nil after the last. Called from one thread at a time: the writer's.
    func next() -> RegistryRow? { iterator.next() }
}
