import Foundation

/// A batch split into about as many chunks as there are cores the process may run on (a few
/// more, to even out the load); one chunk on one core or for a small batch.
struct BatchChunks: Sendable {
    let total: Int
    let count: Int

    init(count total: Int) {
        self.total = total
        let cores = Self.usableCores()
        count = cores == 1 ? 1 : max(1, min(total / 256, cores * 4))
    }

    /// The cores in the process's affinity mask (`taskset`, a unit's `CPUAffinity=`), which may be
    /// fewer than the machine's: `Cpus_allowed` of `/proc/self/status` (glibc's `sched_getaffinity`
    /// is not visible to Swift).
    static func usableCores() -> Int {
        let machine = ProcessInfo.processInfo.activeProcessorCount
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
        else { return machine }
        let mask = line.dropFirst("Cpus_allowed:".count).filter { $0.isHexDigit }
        let count = mask.reduce(0) { $0 + (Int(String($1), radix: 16) ?? 0).nonzeroBitCount }
        return count > 0 ? min(count, machine) : machine
    }

    func range(_ chunk: Int) -> Range<Int> {
        (total * chunk / count)..<(total * (chunk + 1) / count)
    }
}
