import KhuyenHocStore

/// The rows of a table file as a batch for the store, taken from the ``ImportProducer`` that
/// reads the file on another thread; the store writes one batch of rows while the next is read.
/// A bad cell anywhere makes the source ``failed``: the store then rolls back what it wrote.
final class ImportSource: BatchSource {
    private let pipe: RowPipe
    private var batch: [PreparedRow] = []
    private var position = 0

    init(pipe: RowPipe) {
        self.pipe = pipe
    }

    /// The store is done with the source (all read, or stopped early): stop the reader and wait
    /// for it, so that no thread outlives the import.
    deinit {
        pipe.cancel()
        pipe.waitUntilFinished()
    }

    var failed: Bool { pipe.failed }

    func next() -> RegistryRow? { nextPrepared()?.row }

    func nextPrepared() -> PreparedRow? {
        if position == batch.count {
            guard let next = pipe.pop() else { return nil }
            batch = next
            position = 0
        }
        defer { position += 1 }
        return batch[position]
    }
}
