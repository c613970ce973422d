import Foundation
import KhuyenHocAPI
import Varlink

/// `khuyenhoc-bench --roll-up`: the release daemon creates the benchmark's district (SampleScale
/// .benchmark: 200,000 people, 50,000 households, 500 clans, 200 villages, 600 units) with its
/// evidence in a fresh registry; then `EvaluateArea` of the whole district for all five models is
/// timed through the socket three times: the first run, a second with nothing changed, and a
/// third after one citizen's evidence changed. Right after the first run, progress reports (Thanh
/// Thùy, 10144, and the whole district) and `EvaluateSubject` of one family are timed too: issue 4
/// asks for a commune's report within 50 ms of an `EvaluateArea`.
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
        let rssIdle = daemon.residentKiB()
        let client = try await VarlinkClient.connect(unixPath: daemon.socket)
        let first = try await area(client)
        let rssAfterFirst = daemon.residentKiB()
        // The first call of each is timed too: the report a secretary asks for after a run is a cold one.
        let commune = try await measure(client, "vn.khuyenhoc.Reports.Progress", ProgressParameters(area: "10144", year: 2024))
        let district = try await measure(client, "vn.khuyenhoc.Reports.Progress", ProgressParameters(year: 2024))
        let household = try await firstWithEvidence(client, model: "family")
        let family = try await measure(
            client, "vn.khuyenhoc.Evaluation.EvaluateSubject", EvaluateSubjectParameters(model: "family", id: household, year: 2024))
        // Once the calls above are done (and the checkpoint after the run, which follows the answer).
        let rssSettled = daemon.residentKiB()
        let second = try await area(client)
        let person = try await firstWithEvidence(client, model: "citizen")
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
            "  daemon RSS idle before the first run: \(Self.mebibytes(rssIdle)), right after the first run: \(Self.mebibytes(rssAfterFirst)), after the calls below: \(Self.mebibytes(rssSettled)); registry file \(database / 1_048_576) MiB",
            "  right after the first run, \(Self.runs) calls each (first call; median, max of the others):",
            "    Progress 10144 (Thanh Thùy):   \(commune.text)",
            "    Progress whole district:      \(district.text)",
            "    EvaluateSubject family \(household): \(family.text)",
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

    /// The first subject of `model` with evidence for 2024.
    private func firstWithEvidence(_ client: VarlinkClient, model: String) async throws -> Int64 {
        for id in Int64(1)...Int64(1000) {
            let reply = try await client.send(
                "vn.khuyenhoc.Registry.GetEvidence", parameters: .value(GetEvidenceParameters(model: model, subjectId: id, year: 2024)))
            if reply.error == nil { return id }
        }
        throw BenchError.daemon("no \(model) evidence among the first 1000 subjects")
    }

    static let runs = 20

    private func measure(_ client: VarlinkClient, _ method: String, _ parameters: some Encodable & Sendable) async throws -> MethodLatency {
        var first: Double?
        var rest = LatencySample()
        for _ in 0..<Self.runs {
            let start = ContinuousClock.now
            let reply = try await client.send(method, parameters: .value(parameters))
            let elapsed = ContinuousClock.now - start
            if let error = reply.error { throw BenchError.daemon("\(method) failed: \(error)") }
            if first == nil { first = Self.seconds(elapsed) * 1e6 } else { rest.record(elapsed) }
        }
        return MethodLatency(first: first ?? .nan, rest: rest)
    }

    static func mebibytes(_ kibibytes: Int?) -> String { kibibytes.map { "\($0 / 1024) MiB" } ?? "?" }

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
