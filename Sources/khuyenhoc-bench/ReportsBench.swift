import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// `khuyenhoc-bench --reports`: progress reports over the socket on issue 4's full-size district
/// (the sample at benchmark scale: 200,000 people, 50,000 households, 500 clans, 200 villages,
/// 600 units) with one stored result per subject per model for the sample's year, and evidence
/// for nine subjects in ten. The results are synthetic and inserted directly: the evaluation
/// that would produce them is timed elsewhere.
struct ReportsBench {
    let products: URL
    let runs: Int

    static let year = 2024

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khbench-reports-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // First start: the daemon writes the full-size sample district.
        let loading = try BenchDaemon(products: products, folder: folder)
        let loadStart = ContinuousClock.now
        _ = try loading.start(arguments: ["--sample-scale", "benchmark"], seconds: 600)
        let loaded = ContinuousClock.now - loadStart
        loading.stop()

        let path = folder.appendingPathComponent("state/registry.sqlite").path
        let insertStart = ContinuousClock.now
        let (results, evidence) = try await Self.insertResults(path: path)
        let inserted = ContinuousClock.now - insertStart

        let daemon = try BenchDaemon(products: products, folder: folder)
        defer { daemon.stop() }
        _ = try daemon.start(seconds: 60)
        let client = try await VarlinkClient.connect(unixPath: daemon.socket)
        print("district: sample at benchmark scale, loaded by the daemon in \(Self.text(loaded)); "
            + "\(results) results and \(evidence) evidence rows for \(Self.year) inserted in \(Self.text(inserted))")
        // Thanh Thùy: a commune of its own; Cao Xuân Dương (10174 in 2024): a merged commune counting two.
        for (label, area) in [("commune 10144 (Thanh Thùy)", "10144"), ("commune 10174 (Cao Xuân Dương, 2 merged)", "10174"),
                              ("whole district", nil)] as [(String, String?)] {
            let sample = try await measure(client, "vn.khuyenhoc.Reports.Progress", ProgressParameters(area: area, year: Self.year))
            print("Progress \(label): median \(Self.ms(sample.median)), max \(Self.ms(sample.max)) over \(runs) calls")
        }
        let behind = try await measure(client, "vn.khuyenhoc.Reports.CommunesBehind", CommunesBehindParameters(year: Self.year))
        print("CommunesBehind whole district: median \(Self.ms(behind.median)), max \(Self.ms(behind.max)) over \(runs) calls")
        let reply = try await client.send("vn.khuyenhoc.Reports.Progress", parameters: .value(ProgressParameters(year: Self.year)))
        for measure in try reply.decode(ProgressReply.self).measures {
            print("  \(measure.id): total \(measure.total), registered \(measure.registered), evaluated \(measure.evaluated), recognised \(measure.recognized)")
        }
        await client.close()
    }

    /// One call first (to warm the daemon's page cache), then `runs` timed calls, one at a time.
    private func measure(_ client: VarlinkClient, _ method: String, _ parameters: some Encodable & Sendable) async throws -> LatencySample {
        let first = try await client.send(method, parameters: .value(parameters))
        if let error = first.error { throw BenchError.daemon("\(method) failed: \(error)") }
        var sample = LatencySample()
        for _ in 0..<runs {
            let start = ContinuousClock.now
            _ = try await client.send(method, parameters: .value(parameters))
            sample.record(ContinuousClock.now - start)
        }
        return sample
    }

    /// One result for every subject of every model (recognised about 55 % of the time, by a hash
    /// of the subject) and evidence for nine in ten, in one batch.
    private static func insertResults(path: String) async throws -> (results: Int, evidence: Int) {
        let store = try SQLiteRegistryStore(path: path)
        let origins = try await store.origins()
        func range(_ entity: RegistryEntity) -> ClosedRange<Int64> {
            let origin = origins.first { $0.entity == entity }!
            return origin.firstID...origin.lastID
        }
        let subjects: [(RegistryModel, ClosedRange<Int64>)] = RegistryModel.allCases.map { ($0, range($0.subject)) }
        let instant = Date(timeIntervalSince1970: 1_735_000_000)
        let rows = subjects.lazy.flatMap { model, ids in
            ids.lazy.flatMap { id -> [RegistryRow] in
                let hash = (UInt64(bitPattern: id) &* 0x9E37_79B9_7F4A_7C15) >> 40
                var rows: [RegistryRow] = [.result(StoredResult(
                    model: model, subjectID: id, year: year, rubricVersion: "2022.1", recognized: hash % 100 < 55,
                    total: Double(hash % 100), result: "{\"synthetic\":true}", evaluatedAt: instant))]
                if hash % 10 != 0 {
                    rows.append(.evidence(Evidence(
                        model: model, subjectID: id, year: year, facts: "{}", enteredBy: 0, enteredAt: instant)))
                }
                return rows
            }
        }
        let summary = try await store.insertBatch(rows)
        try store.close()
        return (summary.written[.result] ?? 0, summary.written[.evidence] ?? 0)
    }

    static func ms(_ microseconds: Double) -> String {
        String(format: "%.1f ms", microseconds / 1000)
    }

    static func text(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f s", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
