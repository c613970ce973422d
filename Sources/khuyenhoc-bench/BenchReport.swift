import Foundation

/// The benchmark's numbers against the spine issue's targets, as a table.
struct BenchReport {
    let frameBytes: Int
    let calls: Int
    let echo: LatencySample
    let evaluate: LatencySample
    let family: LatencySample
    let connections: Int
    let throughput: Double
    let startup: BenchDaemon.Startup
    let rssAfterLoad: Int?
    let batch: BatchBench.Outcome

    var text: String {
        let ratio = evaluate.median / echo.median
        let readyMilliseconds = startup.toReady.map(Self.milliseconds)
        let rssMiB = startup.residentKiB.map { Double($0) / 1024 }
        var lines = [
            "khuyenhoc-bench — release build, \(ProcessInfo.processInfo.activeProcessorCount) cores; client and servers share the machine, the scheduler places them",
            "Evaluate frame: \(frameBytes) bytes, \(calls) round trips each, echo, citizen and family Evaluate interleaved in 20 blocks",
            "",
            row("measure", "value", "target", "verdict"),
            row("raw echo round trip, median", fmt(echo.median) + " µs", "", ""),
            row("raw echo round trip, p99", fmt(echo.p99) + " µs", "", ""),
            row("Evaluate round trip, median", fmt(evaluate.median) + " µs", "", ""),
            row("Evaluate round trip, p99", fmt(evaluate.p99) + " µs", "", ""),
            row("Evaluate / echo (median)", fmt(ratio, digits: 2) + " ×", "≤ 3 ×", verdict(ratio <= 3)),
            row("Evaluate, family of 6, median", fmt(family.median) + " µs", "", ""),
            row("Evaluate, family of 6, p99", fmt(family.p99) + " µs", "", ""),
            row("family of 6 / echo (median)", fmt(family.median / echo.median, digits: 2) + " ×", "≤ 4 ×",
                verdict(family.median / echo.median <= 4)),
            row("Evaluate throughput, \(connections) connections", fmt(throughput, digits: 0) + " calls/s", "≥ 30000", verdict(throughput >= 30_000)),
            row("exec → READY=1", readyMilliseconds.map { fmt($0) + " ms" } ?? "not sent", "≤ 300 ms",
                verdict((readyMilliseconds ?? .infinity) <= 300)),
            row("exec → socket accepts", fmt(Self.milliseconds(startup.toAccepting)) + " ms", "", ""),
            row("RSS after start (idle)", rssMiB.map { fmt($0, digits: 1) + " MiB" } ?? "unknown", "≤ 40 MiB",
                verdict((rssMiB ?? .infinity) <= 40)),
            row("RSS after the load", rssAfterLoad.map { fmt(Double($0) / 1024, digits: 1) + " MiB" } ?? "unknown", "", ""),
        ]
        let batchMilliseconds = Self.milliseconds(batch.batch)
        lines += [
            row("\(batch.subjects) citizens, one batch call, in-process", fmt(batchMilliseconds, digits: 0) + " ms", "≤ 1000 ms",
                verdict(batchMilliseconds <= 1000)),
            row("  per subject", fmt(batchMilliseconds * 1000 / Double(batch.subjects), digits: 2) + " µs", "", ""),
            row("  recognised", "\(batch.recognized)", "", ""),
            row("  same subjects, one call each (scaled)", fmt(Self.milliseconds(batch.singleCallsScaled), digits: 0) + " ms", "", ""),
        ]
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private func row(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
        a.padding(toLength: 44, withPad: " ", startingAt: 0) + b.padding(toLength: 20, withPad: " ", startingAt: 0)
            + c.padding(toLength: 10, withPad: " ", startingAt: 0) + d
    }

    private func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }

    private func fmt(_ value: Double, digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
