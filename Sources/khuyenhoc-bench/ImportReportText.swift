/// The import measurement as the benchmark prints it, with issue 4's targets.
struct ImportReportText {
    let outcome: ImportBench.Outcome

    init(_ outcome: ImportBench.Outcome) {
        self.outcome = outcome
    }

    var text: String {
        func seconds(_ duration: Duration) -> Double {
            let (whole, atto) = duration.components
            return Double(whole) + Double(atto) / 1e18
        }
        func fmt(_ value: Double) -> String { String(format: "%.2f", value) }
        let ours = outcome.importer.map(seconds)
        let theirs = outcome.sqlite.map(seconds)
        let best = (ours.min() ?? 0, theirs.min() ?? 0)
        let ratio = best.1 > 0 ? best.0 / best.1 : .infinity
        let peakMiB = Double(outcome.importerPeakKiB) / 1024
        return """
            Import of \(outcome.people) people (\(outcome.fileBytes / 1024) KiB CSV), \(ours.count) rounds, best of each:
              khuyenhoc (file → streaming reader → insertBatch)  \(fmt(best.0)) s   rounds: \(ours.map(fmt).joined(separator: ", "))
              sqlite3 .import (same file, equivalent table)       \(fmt(best.1)) s   rounds: \(theirs.map(fmt).joined(separator: ", "))
              ratio \(fmt(ratio))× (target ≤ 2×: \(ratio <= 2 ? "met" : "NOT met"))
              importer peak RSS (VmHWM) \(String(format: "%.1f", peakMiB)) MiB (target ≤ 300 MiB: \(peakMiB <= 300 ? "met" : "NOT met"))
            """
    }
}
