import Foundation

/// A batch split into about as many chunks as there are cores (a few more, to even out the load).
struct BatchChunks: Sendable {
    let total: Int
    let count: Int

    init(count total: Int) {
        self.total = total
        let cores = ProcessInfo.processInfo.activeProcessorCount
        count = max(1, min(total / 256, cores * 4))
    }

    func range(_ chunk: Int) -> Range<Int> {
        (total * chunk / count)..<(total * (chunk + 1) / count)
    }
}
