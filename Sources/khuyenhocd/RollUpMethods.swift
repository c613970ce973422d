import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocStore
import Logging
import Varlink

/// `vn.khuyenhoc.Evaluation`'s stored evaluation: `EvaluateSubject` and `EvaluateArea`, both
/// privileged as they store results. The work is ``RollUpEvaluator``'s; this only reads the
/// parameters and words the answers.
enum RollUpMethods {
    static let interface = KhuyenHocInterfaces.evaluation

    static func make(_ context: DaemonContext) -> [VarlinkMethod] {
        let registry = context.registry
        let evaluator = context.rollUp
        return [
            .typed("EvaluateSubject", access: .privileged) { (parameters: EvaluateSubjectParameters, _) in
                let model = try EvidenceMethods.model(parameters.model, interface: interface)
                try EvidenceMethods.checkYear(parameters.year, interface: interface)
                _ = try await EvidenceMethods.subject(model, parameters.id, registry, interface: interface)
                let report = try await run(evaluator, .subject(model, parameters.id), year: parameters.year)
                switch report.target {
                case .skipped, nil:
                    throw KhuyenHocErrors.notRegistered(model: model.rawValue, id: parameters.id, year: parameters.year)
                case .failed(let problem):
                    throw KhuyenHocErrors.invalidFacts(model: model.rawValue, field: problem.field, reason: problem.reason)
                case .evaluated, .unchanged:
                    break
                }
                guard let stored = try await RegistryInterface.call({
                    try await registry.latestResult(model: model, subjectID: parameters.id, year: parameters.year)
                }) else {
                    throw KhuyenHocErrors.storageFailed("the result was not found after it was stored", interface: interface)
                }
                let result: EvaluationResult
                do {
                    result = try JSONDecoder().decode(EvaluationResult.self, from: Data(stored.result.utf8))
                } catch {
                    throw KhuyenHocErrors.storageFailed("the stored result cannot be read: \(error)", interface: interface)
                }
                return EvaluateSubjectReply(
                    result: result, evaluated: report.target == .evaluated, evaluatedAt: RegistryInstant.text(stored.evaluatedAt),
                    counts: counts(report))
            },
            .typed("EvaluateArea", access: .privileged) { (parameters: EvaluateAreaParameters, _) in
                try EvidenceMethods.checkYear(parameters.year, interface: interface)
                var communes: Set<Int64>?
                if let code = parameters.area {
                    communes = try await area(code, year: parameters.year, registry)
                }
                let report = try await run(evaluator, .area(communeIDs: communes), year: parameters.year)
                // The results are in the WAL, synced; copying them into the file can follow the answer.
                Task { await checkpoint(evaluator.store) }
                return EvaluateAreaReply(area: parameters.area, year: parameters.year, counts: counts(report))
            },
        ]
    }

    private static func run(_ evaluator: RollUpEvaluator, _ scope: RollUpScope, year: Int) async throws(VarlinkError) -> RollUpReport {
        let outcome: Result<RollUpReport, RegistryError>
        do {
            outcome = .success(try await evaluator.run(scope, year: year))
        } catch {
            outcome = .failure(error)
        }
        await MemoryRelease.releaseCaches(of: evaluator.store)
        switch outcome {
        case .success(let report): return report
        case .failure(let error): throw KhuyenHocErrors.storageFailed(error.description, interface: interface)
        }
    }

    /// The communes with this code that existed during the year, and those merged into them
    /// (their communities still name them).
    static func area(_ code: String, year: Int, _ registry: any RegistryStore) async throws(VarlinkError) -> Set<Int64> {
        guard code.utf8.count == 5, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw KhuyenHocErrors.invalidValue(field: "area", reason: "must be a 5-digit statistics code, such as 10144, or null for the whole district", interface: interface)
        }
        var all: [KhuyenHocStore.Commune] = []
        var cursor: PageCursor?
        repeat {
            let page = try await RegistryInterface.call {
                try await registry.communes(CommuneQuery(), page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
            }
            all += page.items
            cursor = page.next
        } while cursor != nil
        let first = CalendarDate(year: year, month: 1, day: 1)!
        let last = CalendarDate(year: year, month: 12, day: 31)!
        var chosen = Set(all.filter { commune in
            commune.statisticsCode == code && (commune.validFrom.map { $0 <= last } ?? true) && (commune.validUntil.map { $0 >= first } ?? true)
        }.compactMap(\.id))
        guard !chosen.isEmpty else { throw KhuyenHocErrors.areaNotFound(code: code, year: year) }
        var grew = true
        while grew {
            let merged = Set(all.filter { $0.mergedInto.map(chosen.contains) ?? false }.compactMap(\.id))
            grew = !merged.isSubset(of: chosen)
            chosen.formUnion(merged)
        }
        return chosen
    }

    /// Copies a roll-up's results from the WAL into the registry file, then gives back the memory
    /// it took; a failure leaves them in the WAL, where SQLite finds them, and is logged.
    static func checkpoint(_ store: any RollUpStore) async {
        do {
            try await store.checkpoint()
        } catch {
            Logger(label: "khuyenhocd.registry").warning("checkpoint after a roll-up failed", metadata: ["reason": "\(error)"])
        }
        await MemoryRelease.releaseCaches(of: store)
    }

    static func counts(_ report: RollUpReport) -> [ModelCount] {
        report.models.map { tally in
            ModelCount(
                model: tally.model.rawValue, subjects: tally.subjects, evaluated: tally.evaluated, unchanged: tally.unchanged,
                recognized: tally.recognized, skipped: tally.skipped, failed: tally.failed,
                failures: tally.failures.map { SubjectFailure(id: $0.id, field: $0.field, reason: $0.reason) })
        }
    }
}
