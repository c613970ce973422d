import Foundation
import KhuyenHocCore

/// 100,000 citizen evaluations through the plugin in-process, no socket: one batch call (one
/// crossing of the C boundary), against the same subjects evaluated one call each.
struct BatchBench {
    struct Outcome {
        var subjects: Int
        var batch: Duration
        var recognized: Int
        /// The size of the batch's answer.
        var resultBytes: Int
        /// The same subjects, one `evaluate` call each (a sample, scaled to all subjects).
        var singleCallsScaled: Duration
    }

    let plugin: ModelPlugin

    init(products: URL) throws {
        let loaded = PluginLoader.load(products.appendingPathComponent("libKhuyenHocCitizen.so"))
        guard let plugin = loaded.plugin else { throw BenchError.daemon("citizen plugin: \(loaded.info.error ?? "not loaded")") }
        self.plugin = plugin
    }

    func run(subjects: Int) throws -> Outcome {
        let facts = (0..<subjects).map(Self.facts)
        let input = Data(("{\"subjects\":[" + facts.map { "{\"facts\":\($0),\"year\":2026}" }.joined(separator: ",") + "]}").utf8)
        // Warm up the plugin's first-use costs (lazy globals, allocator) before timing.
        _ = plugin.evaluateBatch(Data(("{\"subjects\":[{\"facts\":\(facts[0])}]}").utf8))
        let start = ContinuousClock.now
        let outcome = plugin.evaluateBatch(input)
        let batch = ContinuousClock.now - start
        guard case .success(let json) = outcome else { throw BenchError.daemon("the batch failed") }
        let reply = try JSONDecoder().decode(BatchReply.self, from: json)
        guard reply.results.count == subjects, reply.results.allSatisfy({ $0.result != nil }) else {
            throw BenchError.daemon("the batch answered \(reply.results.count) results for \(subjects) subjects")
        }
        let resultBytes = json.count
        let sample = min(subjects, 10_000)
        let singles = facts.prefix(sample).map { Data("{\"facts\":\($0),\"year\":2026}".utf8) }
        let singleStart = ContinuousClock.now
        for input in singles {
            guard case .success = plugin.evaluate(input) else { throw BenchError.daemon("a single evaluation failed") }
        }
        let singleElapsed = ContinuousClock.now - singleStart
        return Outcome(
            subjects: subjects, batch: batch, recognized: reply.results.filter { $0.result!.recognized }.count,
            resultBytes: resultBytes,
            singleCallsScaled: singleElapsed * (Double(subjects) / Double(sample)))
    }

    /// Varied farmers' scores, about half of them recognised.
    static func facts(_ index: Int) -> String {
        let ids = ["sl1", "sl2", "sl3", "sl4", "it1", "it2", "it3", "it4", "sr1", "sr2"]
        let scores = ids.enumerated().map { position, id in "\"\(id)\":\(5 + (index &* 7 &+ position &* 3) % 6)" }
        return "{\"targetGroup\":\"farmers\",\"scores\":{\(scores.joined(separator: ","))}}"
    }

    private struct BatchReply: Decodable {
        struct Entry: Decodable {
            struct Result: Decodable { var recognized: Bool }
            var result: Result?
        }
        var results: [Entry]
    }
}
