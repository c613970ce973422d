import Foundation
import KhuyenHocAPI
import Varlink

/// `khuyenhoc-bench --roll-up`: the release daemon creates the benchmark's district (SampleScale
/// .benchmark: 200,000 people, 50,000 households, 500 clans, 200 villages, 600 units) with its
/// evidence in a fresh registry; then `EvaluateArea` of the whole district for all five models is
/// timed through the socket three times: the first run, a second with nothing changed, and a
/// third after one citizen's evidence changed.
struct RollUpBench {
    let products: URL

    struct Run {
        var seconds: Double
        var counts: [ModelCount]
    }

    func run() async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khbench-rollup-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let daemon = try BenchDaemon(products: products, folder: folder)
        defer { daemon.stop() }
        let created = ContinuousClock.now
        _ = try daemon.start(arguments: ["--sample-scale", "benchmark"], seconds: 600)
        let creation = Self.seconds(ContinuousClock.now - created)
        let client = try await VarlinkClient.connect(unixPath: daemon.socket)
        let first = try await area(client)
        let rssAfterFirst = daemon.residentKiB()
        let second = try await area(client)
        let person = try await someCitizen(client)
        let changed = try await client.send("vn.khuyenhoc.Registry.PutEvidence", parameters: .value(PutEvidenceParameters(
            model: "citizen", subjectId: person, year: 2024,
            facts: .object(["scores": .object(Dictionary(uniqueKeysWithValues: ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"].map { ($0, JSONValue.number(4)) }))]))))
        guard changed.error == nil else { throw BenchError.daemon("PutEvidence failed: \(String(decoding: changed.frame, as: UTF8.self))") }
        let third = try await area(client)
        await client.close()
        let database = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("state/registry.sqlite").path)[.size] as? Int) ?? 0
        var lines = [
            "EvaluateArea, whole district (release; benchmark scale), through the daemon's socket:",
            "  district with evidence created at first start: \(Self.format(creation)) s",
            "  first run:                \(Self.format(first.seconds)) s   \(Self.summary(first.counts))",
            "  second run (no change):   \(Self.format(second.seconds)) s   \(Self.summary(second.counts))",
            "  after one citizen (\(person)) changed: \(Self.format(third.seconds)) s   \(Self.summary(third.counts))",
            "  daemon RSS after the first run: \(rssAfterFirst.map { "\($0 / 1024) MiB" } ?? "?"); registry file \(database / 1_048_576) MiB",
        ]
        for count in first.counts where count.failed > 0 {
            lines.append("  \(count.model) failures: \(count.failures.map { "\($0.id) \($0.field): \($0.reason)" }.joined(separator: "; "))")
        }
        return lines.joined(separator: "\n")
    }

    private func area(_ client: VarlinkClient) async throws -> Run {
        let start = ContinuousClock.now
        let reply = try await client.send(
            "vn.khuyenhoc.Evaluation.EvaluateArea", parameters: .value(EvaluateAreaParameters(area: nil, year: 2024)))
        let elapsed = Self.seconds(ContinuousClock.now - start)
        guard reply.error == nil else { throw BenchError.daemon("EvaluateArea failed: \(String(decoding: reply.frame, as: UTF8.self))") }
        return Run(seconds: elapsed, counts: try reply.decode(EvaluateAreaReply.self).counts)
    }

    /// The first person with a self-assessment for 2024.
    private func someCitizen(_ client: VarlinkClient) async throws -> Int64 {
        for id in Int64(1)...Int64(1000) {
            let reply = try await client.send(
                "vn.khuyenhoc.Registry.GetEvidence", parameters: .value(GetEvidenceParameters(model: "citizen", subjectId: id, year: 2024)))
            if reply.error == nil { return id }
        }
        throw BenchError.daemon("no self-assessment among the first 1000 people")
    }

    static func summary(_ counts: [ModelCount]) -> String {
        counts.map { "\($0.model) \($0.evaluated)/\($0.unchanged)/\($0.recognized)/\($0.skipped)/\($0.failed)" }.joined(separator: ", ")
            + "  (evaluated/unchanged/recognised/no evidence/failed)"
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, atto) = duration.components
        return Double(whole) + Double(atto) / 1e18
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
