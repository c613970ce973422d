import KhuyenHocSpreadsheet
import Synchronization

/// What an import's reader learns on its thread: where each row handed to the store came from
/// (so that a row the store refuses is reported by line) and the file's report. Shared by the
/// reader and the importer, which reads it afterwards, hence behind a lock.
final class ImportLedger: Sendable {
    struct Place {
        var line: Int32
        var row: Int32
    }

    private struct State {
        var places: [Place] = []
        var report: ValidationReport?
    }

    private let state = Mutex(State())

    /// Records the places of the next rows handed to the store.
    func handOut(_ places: [Place]) {
        state.withLock { $0.places.append(contentsOf: places) }
    }

    /// The place of the row the store saw at `index` (from 0).
    func place(ofBatchRow index: Int) -> Place? {
        state.withLock { $0.places.indices.contains(index) ? $0.places[index] : nil }
    }

    var report: ValidationReport? {
        get { state.withLock { $0.report } }
        set { state.withLock { $0.report = newValue } }
    }
}
