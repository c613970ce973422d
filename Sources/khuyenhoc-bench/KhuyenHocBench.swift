import ArgumentParser
import Foundation
import KhuyenHocAPI
import Varlink

/// `khuyenhoc-bench`: measures the daemon as `make bench` reports it, everything in one run so
/// ratios compare like with like on a noisy machine.
@main
struct KhuyenHocBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khuyenhoc-bench", abstract: "Measure khuyenhocd: latency, throughput, start time, memory.")

    @Option(help: "Round trips per latency measurement.")
    var calls = 20_000

    @Option(help: "Concurrent connections for the throughput measurement.")
    var connections = 16

    @Option(help: "Seconds the throughput measurement runs.")
    var seconds = 3.0

    @Option(help: "Citizens in the in-process batch.")
    var batch = 100_000

    @Flag(help: "Measure only the in-process batch (for profiling).")
    var batchOnly = false

    @Flag(help: "Measure only progress reports over the socket, on the full-size sample district with one result per subject and model.")
    var reports = false

    @Option(help: "Timed calls per report measurement (with --reports).")
    var reportRuns = 20

    @Flag(help: "Measure only EvaluateArea of the benchmark district (200,000 people) through the daemon: first run, unchanged, one citizen changed.")
    var rollUp = false

    @Flag(help: "Measure only the import of 200,000 people against sqlite3's .import (issue 4).")
    var importOnly = false

    @Option(help: "Rounds of the import measurement (each imports once with ours and once with sqlite3).")
    var importRounds = 3

    @Option(help: "Keep the import measurement's files (the CSV, the registries) in this folder.")
    var importKeep: String?

    @Flag(help: "Measure only the reminder scheduler (issue 5): arming 10,000 deadlines and re-arming after a change.")
    var schedule = false

    @Option(help: "Deadlines in the scheduler measurement (with --schedule).")
    var scheduleDeadlines = 10_000

    @Option(help: "Changes timed in the scheduler measurement (with --schedule).")
    var scheduleChanges = 1_000

    @Flag(help: "Measure only issue 5's targets against the release daemon: Watch latency, 10,000 deadlines (UpdateDeadline, ListUpcoming, memory, the re-arm), the idle daemon's context switches.")
    var reminders = false

    @Flag(help: "With --reminders: only the Watch latency.")
    var watchOnly = false

    @Option(help: "Seconds of each idle window (with --reminders).")
    var idleSeconds = 60

    @Option(help: "Deadlines created over the socket (with --reminders).")
    var reminderDeadlines = 10_000

    @Option(help: .hidden) var importChild: String?
    @Option(help: .hidden) var importFile: String?

    func run() async throws {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if let importChild, let importFile {
            try await ImportBench.child(registry: importChild, file: importFile)
            return
        }
        if importOnly {
            let folder = importKeep.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("khbench-import-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { if importKeep == nil { try? FileManager.default.removeItem(at: folder) } }
            print(ImportReportText(try await ImportBench(products: products, folder: folder).run(rounds: importRounds)).text)
            return
        }
        if schedule {
            print(try await ScheduleBench(deadlines: scheduleDeadlines, changes: scheduleChanges).run())
            return
        }
        if reminders {
            print(try await RemindersBench(
                products: products, deadlines: reminderDeadlines, idleSeconds: idleSeconds, watchOnly: watchOnly).run())
            return
        }
        if reports {
            try await ReportsBench(products: products, runs: reportRuns).run()
            return
        }
        if rollUp {
            print(try await RollUpBench(products: products).run())
            return
        }
        let batchOutcome = try BatchBench(products: products).run(subjects: batch)
        if batchOnly {
            print("\(batch) citizens in one batch: \(batchOutcome.batch), \(batchOutcome.resultBytes / batch) bytes each, \(batchOutcome.recognized) recognised; one call each (scaled): \(batchOutcome.singleCallsScaled)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khbench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let daemon = try BenchDaemon(products: products, folder: folder)
        defer { daemon.stop() }
        let startup = try daemon.start()
        let frame = try VarlinkFrame.call(
            VarlinkCallHeader(method: "vn.khuyenhoc.Evaluation.Evaluate"),
            parameters: .value(EvaluateParameters(model: "citizen", facts: Self.facts, year: 2026)))
        let familyFrame = try VarlinkFrame.call(
            VarlinkCallHeader(method: "vn.khuyenhoc.Evaluation.Evaluate"),
            parameters: .value(EvaluateParameters(model: "family", facts: Self.familyOfSix, year: 2026)))

        let echo = try EchoServer(path: folder.appendingPathComponent("echo.sock").path)
        defer { echo.stop() }
        let echoClient = try await VarlinkClient.connect(unixPath: echo.path)
        let daemonClient = try await VarlinkClient.connect(unixPath: daemon.socket)
        for probe in [frame, familyFrame] {
            let check = try await daemonClient.send(frame: probe)
            guard check.error == nil else { throw BenchError.daemon("Evaluate failed: \(check.error!)") }
        }

        // Interleave blocks of echo and Evaluate so both see the same machine.
        var echoSample = LatencySample()
        var evaluateSample = LatencySample()
        var familySample = LatencySample()
        for _ in 0..<1_000 {
            _ = try await echoClient.send(frame: frame)
            _ = try await daemonClient.send(frame: frame)
        }
        let blocks = 20
        for _ in 0..<blocks {
            for _ in 0..<(calls / blocks) {
                let start = ContinuousClock.now
                _ = try await echoClient.send(frame: frame)
                echoSample.record(ContinuousClock.now - start)
            }
            for _ in 0..<(calls / blocks) {
                let start = ContinuousClock.now
                _ = try await daemonClient.send(frame: frame)
                evaluateSample.record(ContinuousClock.now - start)
            }
            for _ in 0..<(calls / blocks) {
                let start = ContinuousClock.now
                _ = try await daemonClient.send(frame: familyFrame)
                familySample.record(ContinuousClock.now - start)
            }
        }
        await echoClient.close()
        await daemonClient.close()
        let throughput = try await Self.throughput(socket: daemon.socket, frame: frame, connections: connections, seconds: seconds)
        let rssAfter = daemon.residentKiB()

        let report = BenchReport(
            frameBytes: frame.count, calls: calls, echo: echoSample, evaluate: evaluateSample, family: familySample,
            connections: connections, throughput: throughput, startup: startup, rssAfterLoad: rssAfter,
            batch: batchOutcome)
        print(report.text)
    }

    /// Calls per second with `connections` clients calling back to back for `seconds`.
    static func throughput(socket: String, frame: Data, connections: Int, seconds: Double) async throws -> Double {
        let clients = try await withThrowingTaskGroup(of: VarlinkClient.self) { group in
            for _ in 0..<connections { group.addTask { try await VarlinkClient.connect(unixPath: socket) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int(seconds * 1000))
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for client in clients {
                group.addTask {
                    var count = 0
                    while ContinuousClock.now < deadline {
                        let reply = try await client.send(frame: frame)
                        guard reply.error == nil else { throw BenchError.daemon("Evaluate failed under load: \(reply.error!)") }
                        count += 1
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = ContinuousClock.now - start
        for client in clients { await client.close() }
        let (wholeSeconds, attoseconds) = elapsed.components
        return Double(total) / (Double(wholeSeconds) + Double(attoseconds) / 1e18)
    }

    /// A household of six: two parents, a grandparent, three children; the assessed indicators given.
    static let familyOfSix: JSONValue = .object([
        "members": .array([
            .object(["age": .number(42), "literate": .bool(true), "studiedThisYear": .bool(true), "learningCitizen": .bool(true)]),
            .object(["age": .number(40), "literate": .bool(true), "studiedThisYear": .bool(true), "learningCitizen": .bool(true)]),
            .object(["age": .number(68), "literate": .bool(true), "studiedThisYear": .bool(false)]),
            .object(["age": .number(15), "inSchool": .bool(true), "goodConduct": .bool(true), "resultsAverageOrBetter": .bool(true)]),
            .object(["age": .number(11), "inSchool": .bool(true), "goodConduct": .bool(true), "resultsAverageOrBetter": .bool(true)]),
            .object(["age": .number(4), "inSchool": .bool(true)]),
        ]),
        "indicators": .object([
            "registered": .bool(true), "learningResources": .number(8), "learningTime": .number(7), "livelihood": .number(12),
            "notPoor": .bool(true), "culturalFamily": .bool(true),
        ]),
    ])

    static let facts: JSONValue = .object([
        "targetGroup": .string("farmers"),
        "scores": .object(Dictionary(uniqueKeysWithValues:
            ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"].enumerated().map { ($1, .number(Double(6 + $0 % 5))) })),
    ])
}
