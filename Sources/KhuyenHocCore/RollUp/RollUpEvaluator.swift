import Foundation
import KhuyenHocStore
import Varlink

/// Evaluates and stores a scope's subjects bottom-up, in the plugins' dependency order: citizens,
/// then families from their members' citizen results, then clans and communities from their
/// families' (and clans') results, and units from their staff's citizen results.
///
/// Idempotent: each subject's facts are composed from its evidence, the registry and the results
/// below it, and digested with the rubric version (``InputsDigest``); a subject whose digest is
/// its latest result's is left alone. So a second run stores nothing, and after one citizen's
/// evidence changes only that citizen, their household, the household's clans and community, and
/// the units they staff are evaluated again. Each evaluated subject gets a new result; older ones
/// stay as history.
///
/// Subjects are sent to the plugin's batch entry (`evaluate_batch`) in chunks, each chunk's
/// results stored in one transaction. One roll-up runs at a time.
public final class RollUpEvaluator: Sendable {
    public let host: PluginHost
    public let store: any RollUpStore
    /// Subjects per batch call: bounds the memory a chunk's results take (≈ 2.7 kB each for a
    /// citizen) while keeping crossings few.
    let chunkSize: Int
    private let gate = RollUpGate()

    public init(host: PluginHost, store: any RollUpStore, chunkSize: Int = 8_192) {
        self.host = host
        self.store = store
        self.chunkSize = chunkSize
    }

    /// Runs a roll-up of `scope` for `year`.
    public func run(_ scope: RollUpScope, year: Int) async throws(RegistryError) -> RollUpReport {
        await gate.enter()
        do {
            let report = try await runAlone(scope, year: year)
            await gate.leave()
            return report
        } catch {
            await gate.leave()
            throw error
        }
    }

    private func runAlone(_ scope: RollUpScope, year: Int) async throws(RegistryError) -> RollUpReport {
        let index = RegistryIndex(try await store.layout())
        let plan = RollUpPlanner(index: index).plan(scope)
        var context = CompositionContext(index: index, year: year)
        var tallies: [ModelTally] = []
        var target: SubjectStatus?
        for model in order() {
            var tally = ModelTally(model: model)
            let evidence = try await store.evidenceFacts(model: model, year: year)
            let latest = try await store.latestOutcomes(model: model, year: year)
            context.recognized[model] = latest.mapValues(\.recognized)
            if model == .family { context.unregisteredFamilies = Self.unregistered(evidence) }
            let subjects = plan.subjects(of: model)
            tally.subjects = subjects.count
            var statuses: [Int64: SubjectStatus] = [:]
            if !subjects.isEmpty {
                statuses = try await evaluate(model, subjects, evidence: evidence, latest: latest, context: &context, tally: &tally)
            }
            if case .subject(model, let id) = scope { target = statuses[id] }
            tallies.append(tally)
        }
        return RollUpReport(year: year, models: tallies, target: target)
    }

    /// The registry's models in the host's bottom-up order; a model whose plugin is not loaded
    /// (or cannot be ordered) comes last, and its subjects fail with the reason.
    private func order() -> [RegistryModel] {
        let ordered = host.evaluationOrder.compactMap(RegistryModel.init(rawValue:))
        return ordered + RegistryModel.allCases.filter { !ordered.contains($0) }
    }

    private func evaluate(
        _ model: RegistryModel, _ subjects: [Int64], evidence: [Int64: String], latest: [Int64: LatestOutcome],
        context: inout CompositionContext, tally: inout ModelTally
    ) async throws(RegistryError) -> [Int64: SubjectStatus] {
        var statuses: [Int64: SubjectStatus] = [:]
        let rubric: String
        do {
            rubric = try Self.rubricVersion(of: host, model, year: context.year)
        } catch {
            for id in subjects {
                if evidence[id] == nil {
                    tally.skipped += 1
                    statuses[id] = .skipped
                } else {
                    tally.fail(id, error)
                    statuses[id] = .failed(error)
                    context.recognized[model]?[id] = nil
                }
            }
            return statuses
        }
        let composer = FactsComposers.composer(for: model)
        var pending: [(id: Int64, facts: Data, digest: String)] = []
        for id in subjects {
            guard let text = evidence[id] else {
                tally.skipped += 1
                statuses[id] = .skipped
                continue
            }
            do throws(CompositionProblem) {
                let facts = try composer.facts(of: id, evidence: try EvidenceFacts(text, model: model), in: context)
                let digest = InputsDigest.of(model: model.rawValue, rubricVersion: rubric, year: context.year, facts: facts)
                if let outcome = latest[id], outcome.inputsDigest == digest {
                    tally.unchanged += 1
                    if outcome.recognized { tally.recognized += 1 }
                    statuses[id] = .unchanged
                } else {
                    pending.append((id, facts, digest))
                }
            } catch {
                tally.fail(id, error)
                statuses[id] = .failed(error)
                context.recognized[model]?[id] = nil
            }
        }
        // The plugin evaluates the next chunk while this one is stored: the plugin's work is on
        // the cores, the store's mostly on the disk (khuyenhoc-bench --roll-up: together with
        // reading results with one copy, the first whole-district run went from 9.2–10.0 s to 7–8 s).
        let ranges = stride(from: 0, to: pending.count, by: chunkSize).map { $0..<min($0 + chunkSize, pending.count) }
        let year = context.year
        func evaluation(_ range: Range<Int>) -> Task<[BatchReply.Entry], Never> {
            let facts = pending[range].map(\.facts)
            return Task {
                do throws(CompositionProblem) {
                    return try await self.evaluateBatch(model, facts, rubric: rubric, year: year)
                } catch {
                    return Array(repeating: .refused(error), count: facts.count)
                }
            }
        }
        var next = ranges.first.map(evaluation)
        for (position, range) in ranges.enumerated() {
            let entries = await next!.value
            next = position + 1 < ranges.count ? evaluation(ranges[position + 1]) : nil
            let evaluatedAt = Date()
            var stored: [DigestedResult] = []
            stored.reserveCapacity(range.count)
            for (subject, entry) in zip(pending[range], entries) {
                switch entry {
                case .result(let result):
                    stored.append(DigestedResult(
                        result: StoredResult(
                            model: model, subjectID: subject.id, year: context.year, rubricVersion: result.rubricVersion,
                            recognized: result.recognized, total: result.total, grade: result.grade,
                            result: result.json, evaluatedAt: evaluatedAt),
                        inputsDigest: subject.digest))
                    context.recognized[model, default: [:]][subject.id] = result.recognized
                    tally.evaluated += 1
                    if result.recognized { tally.recognized += 1 }
                    statuses[subject.id] = .evaluated
                case .refused(let problem):
                    // A subject that cannot be evaluated now has no result its groups may use.
                    tally.fail(subject.id, problem)
                    statuses[subject.id] = .failed(problem)
                    context.recognized[model]?[subject.id] = nil
                }
            }
            do {
                try await store.storeResults(stored)
            } catch {
                _ = await next?.value
                throw error
            }
        }
        return statuses
    }

    /// The version of the rubric the model's plugin scores `year` under.
    static func rubricVersion(of host: PluginHost, _ model: RegistryModel, year: Int) throws(CompositionProblem) -> String {
        guard let description = host.model(model.rawValue)?.description else {
            throw CompositionProblem(field: "model", reason: "the \(model.rawValue) plugin is not loaded; see ListModels")
        }
        do {
            return try PluginHost.document(of: description, version: nil, year: year, interface: "").version
        } catch {
            let known = description.rubrics.map { "\($0.version) (\($0.yearsDescription))" }.joined(separator: ", ")
            throw CompositionProblem(field: "year", reason: "no \(model.rawValue) rubric applies to \(year); the rubrics are \(known)")
        }
    }

    /// One crossing of the plugin boundary, on a thread of its own: the plugin spreads the batch
    /// over the cores and would otherwise hold a thread of Swift's cooperative pool for seconds.
    private func evaluateBatch(_ model: RegistryModel, _ facts: [Data], rubric: String, year: Int) async throws(CompositionProblem) -> [BatchReply.Entry] {
        guard let plugin = host.model(model.rawValue)?.plugin else {
            throw CompositionProblem(field: "model", reason: "the \(model.rawValue) plugin is not loaded; see ListModels")
        }
        var input = Data("{\"subjects\":[".utf8)
        input.reserveCapacity(facts.reduce(64) { $0 + $1.count + 48 })
        let suffix = Data(",\"year\":\(year),\"rubricVersion\":\"\(rubric)\"}".utf8)
        for (index, item) in facts.enumerated() {
            input.append(contentsOf: Array((index == 0 ? "{\"facts\":" : ",{\"facts\":").utf8))
            input.append(item)
            input.append(suffix)
        }
        input.append(contentsOf: Array("]}".utf8))
        let request = input
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: plugin.evaluateBatch(request)) }
        }
        switch outcome {
        case .success(let reply):
            return try BatchReply.entries(reply, expected: facts.count)
        case .invalidInput(let json), .failure(let json):
            throw CompositionProblem(field: "facts", reason: "the \(model.rawValue) plugin failed the batch: \(PluginReason.text(json))")
        }
    }

    /// Households whose family evidence says `"registered": false`.
    static func unregistered(_ evidence: [Int64: String]) -> Set<Int64> {
        var households: Set<Int64> = []
        for (id, text) in evidence {
            guard let facts = try? EvidenceFacts(text, model: .family), let indicators = facts["indicators"],
                  let members = JSONObjectMembers(indicators), let registered = members["registered"],
                  registered.elementsEqual("false".utf8)
            else { continue }
            households.insert(id)
        }
        return households
    }
}
