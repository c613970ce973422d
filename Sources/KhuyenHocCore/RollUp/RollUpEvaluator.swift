import Foundation
import KhuyenHocThreads
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

    /// Runs `body` in a roll-up's turn: after the roll-up running now, with those asked for
    /// meanwhile waiting until it returns. For a roll-up of the same registry done by another
    /// process, which must not interleave with one done here.
    public func exclusively<T: Sendable>(_ body: () async -> T) async -> T {
        await gate.enter()
        let result = await body()
        await gate.leave()
        return result
    }

    /// An area's results are appended with the registry's checkpoints suspended (``RollUpStore/
    /// suspendCheckpoints(_:)``), turned on again however the run ends; the caller checkpoints
    /// once the answer is out (``RollUpStore/checkpoint()``).
    private func runAlone(_ scope: RollUpScope, year: Int) async throws(RegistryError) -> RollUpReport {
        guard case .area = scope else { return try await evaluateAll(scope, year: year) }
        try await store.suspendCheckpoints(true)
        let report: RollUpReport
        do {
            report = try await evaluateAll(scope, year: year)
        } catch {
            try? await store.suspendCheckpoints(false)
            throw error
        }
        try await store.suspendCheckpoints(false)
        return report
    }

    private func evaluateAll(_ scope: RollUpScope, year: Int) async throws(RegistryError) -> RollUpReport {
        // One subject reads only what its result depends on; an area reads the district in bulk.
        let layout: RegistryLayout
        if case .subject(let model, let id) = scope {
            layout = try await store.layout(around: model, id: id)
        } else {
            layout = try await store.layout()
        }
        let index = RegistryIndex(layout)
        let plan = RollUpPlanner(index: index).plan(scope)
        var context = CompositionContext(index: index, year: year)
        var tallies: [ModelTally] = []
        var target: SubjectStatus?
        for model in order() {
            var tally = ModelTally(model: model)
            let subjects = plan.subjects(of: model)
            let evidence: [Int64: String]
            let latest: [Int64: LatestOutcome]
            if case .subject = scope {
                // The plan holds every subject a composer reads the evidence or the result of.
                evidence = subjects.isEmpty ? [:] : try await store.evidenceFacts(model: model, year: year, subjects: subjects)
                latest = subjects.isEmpty ? [:] : try await store.latestOutcomes(model: model, year: year, subjects: subjects)
            } else {
                evidence = try await store.evidenceFacts(model: model, year: year)
                latest = try await store.latestOutcomes(model: model, year: year)
            }
            context.recognized[model] = latest.mapValues(\.recognized)
            if model == .family { context.unregisteredFamilies = Self.unregistered(evidence) }
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
        let year = context.year
        // Facts are composed a chunk at a time, and each chunk goes to the plugin as soon as it is
        // composed: the plugin evaluates one chunk while the next is composed and the one before
        // is stored (khuyenhoc-bench --roll-up: composing all subjects first left the plugin idle
        // for a second per model). At most `inFlight` chunks wait, bounding the memory held.
        var chunks: [Task<StoredChunk, Never>] = []
        var lastEvaluation: Task<[BatchReply.Entry], Never>?
        var refusals: [(id: Int64, problem: CompositionProblem)] = []
        var failure: RegistryError?
        func absorb(_ chunk: StoredChunk) {
            for (id, outcome) in chunk.outcomes {
                switch outcome {
                case .evaluated(let recognized):
                    context.recognized[model, default: [:]][id] = recognized
                    tally.evaluated += 1
                    if recognized { tally.recognized += 1 }
                    statuses[id] = .evaluated
                case .refused(let problem):
                    // A subject that cannot be evaluated now has no result its groups may use.
                    refusals.append((id, problem))
                    statuses[id] = .failed(problem)
                    context.recognized[model]?[id] = nil
                }
            }
            if failure == nil { failure = chunk.failure }
        }
        func launch(_ pending: [PendingSubject]) async {
            while chunks.count >= Self.inFlight { absorb(await chunks.removeFirst().value) }
            let previous = lastEvaluation
            let facts = pending.map(\.facts)
            let evaluation = Task { () -> [BatchReply.Entry] in
                // The plugin spreads one batch over the cores: batches go to it one at a time.
                _ = await previous?.value
                do throws(CompositionProblem) {
                    return try await self.evaluateBatch(model, facts, rubric: rubric, year: year)
                } catch {
                    return Array(repeating: .refused(error), count: facts.count)
                }
            }
            lastEvaluation = evaluation
            let keys = pending.map { (id: $0.id, digest: $0.digest) }
            let earlier = chunks.last
            chunks.append(Task {
                let entries = await evaluation.value
                // Stored in order, so that a failure leaves the earlier chunks stored and no later one.
                let before = await earlier?.value
                return await self.store(model, keys, entries, year: year, after: before?.failure)
            })
        }
        var pending: [PendingSubject] = []
        pending.reserveCapacity(min(chunkSize, subjects.count))
        for id in subjects {
            guard failure == nil else { break }
            guard let text = evidence[id] else {
                tally.skipped += 1
                statuses[id] = .skipped
                continue
            }
            do throws(CompositionProblem) {
                let facts = try composer.facts(of: id, evidence: try EvidenceFacts(text, model: model), in: context)
                let digest = InputsDigest.of(model: model.rawValue, rubricVersion: rubric, year: year, facts: facts)
                if let outcome = latest[id], outcome.inputsDigest == digest {
                    tally.unchanged += 1
                    if outcome.recognized { tally.recognized += 1 }
                    statuses[id] = .unchanged
                } else {
                    pending.append(PendingSubject(id: id, facts: facts, digest: digest))
                    if pending.count == chunkSize {
                        await launch(pending)
                        pending.removeAll(keepingCapacity: true)
                    }
                }
            } catch {
                tally.fail(id, error)
                statuses[id] = .failed(error)
                context.recognized[model]?[id] = nil
            }
        }
        if !pending.isEmpty, failure == nil { await launch(pending) }
        for chunk in chunks { absorb(await chunk.value) }
        if let failure { throw failure }
        // Refusals are tallied after the composition failures, as their subjects came later.
        for (id, problem) in refusals { tally.fail(id, problem) }
        return statuses
    }

    /// Chunks composed and not yet stored, at most: one being stored, one being evaluated.
    static let inFlight = 2

    /// Stores a chunk's results, each with its inputs' digest, in one transaction; nothing when an
    /// earlier chunk failed to store.
    private func store(
        _ model: RegistryModel, _ subjects: [(id: Int64, digest: String)], _ entries: [BatchReply.Entry], year: Int,
        after earlierFailure: RegistryError?
    ) async -> StoredChunk {
        var chunk = StoredChunk()
        if let earlierFailure {
            chunk.failure = earlierFailure
            return chunk
        }
        let evaluatedAt = Date()
        var stored: [DigestedResult] = []
        stored.reserveCapacity(subjects.count)
        chunk.outcomes.reserveCapacity(subjects.count)
        for (subject, entry) in zip(subjects, entries) {
            switch entry {
            case .result(let result):
                stored.append(DigestedResult(
                    result: StoredResult(
                        model: model, subjectID: subject.id, year: year, rubricVersion: result.rubricVersion,
                        recognized: result.recognized, total: result.total, grade: result.grade,
                        result: result.json, evaluatedAt: evaluatedAt),
                    inputsDigest: subject.digest))
                chunk.outcomes.append((subject.id, .evaluated(recognized: result.recognized)))
            case .refused(let problem):
                chunk.outcomes.append((subject.id, .refused(problem)))
            }
        }
        do {
            try await store.storeResults(stored)
        } catch {
            chunk.outcomes = []
            chunk.failure = error
        }
        return chunk
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
        let outcome = await DedicatedThread.run(name: "khuyenhoc-batch") { plugin.evaluateBatch(request) }
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
