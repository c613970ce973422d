/// A sequence of rows as a ``BatchSource`` that never fails.
final class SequenceSource: BatchSource {
    private let iterator: AnyIterator<RegistryRow>

    init<Rows: Sequence<RegistryRow>>(_ rows: consuming Rows) {
        iterator = AnyIterator(rows.makeIterator())
    }

    func next() -> RegistryRow? { iterator.next() }

    var failed: Bool { false }
}
