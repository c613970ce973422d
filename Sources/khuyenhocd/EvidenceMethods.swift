import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocStore
import Varlink

/// `vn.khuyenhoc.Registry`'s evidence and result history: `PutEvidence` (privileged; checked
/// with the model's plugin before it is stored), `GetEvidence`, `ListResults`.
enum EvidenceMethods {
    static let interface = KhuyenHocInterfaces.registry

    static func make(_ context: DaemonContext) -> [VarlinkMethod] {
        let registry = context.registry
        let check = EvidenceCheck(host: context.host)
        return [
            .typed("PutEvidence", access: .privileged) { (parameters: PutEvidenceParameters, request) in
                let model = try model(parameters.model)
                try checkYear(parameters.year)
                guard context.host.model(model.rawValue)?.plugin != nil else {
                    throw KhuyenHocErrors.modelNotFound(model.rawValue, interface: interface)
                }
                guard let uid = request.peer?.uid else { throw VarlinkError.permissionDenied }
                guard case .object = parameters.facts else {
                    throw KhuyenHocErrors.invalidValue(field: "facts", reason: "must be a JSON object", interface: interface)
                }
                let facts = String(decoding: try VarlinkJSON.encoder.encode(parameters.facts), as: UTF8.self)
                var targetGroup: String?
                if model == .citizen {
                    let person = try await subject(.citizen, parameters.subjectId, registry) as? Person
                    targetGroup = person?.targetGroup
                    if let person, parameters.year - person.birthYear < 15 {
                        throw KhuyenHocErrors.invalidValue(
                            field: "subjectId",
                            reason: "person \(parameters.subjectId) is \(parameters.year - person.birthYear) in \(parameters.year); "
                                + "a Learning Citizen self-assessment is for people of 15 and over",
                            interface: interface)
                    }
                } else {
                    _ = try await subject(model, parameters.subjectId, registry)
                }
                do throws(CompositionProblem) {
                    try check.check(model: model, facts: facts, year: parameters.year, personTargetGroup: targetGroup)
                } catch {
                    let field = ["model", "year"].contains(error.field) ? error.field : "facts.\(error.field)"
                    throw KhuyenHocErrors.invalidValue(field: field, reason: error.reason, interface: interface)
                }
                let stored = try await RegistryInterface.call {
                    try await registry.putEvidence(Evidence(
                        model: model, subjectID: parameters.subjectId, year: parameters.year, facts: facts, enteredBy: uid,
                        enteredAt: Date()))
                }
                return EvidenceReply(evidence: try info(stored))
            },
            .typed("GetEvidence") { (parameters: GetEvidenceParameters, _) in
                let model = try model(parameters.model)
                try checkYear(parameters.year)
                _ = try await subject(model, parameters.subjectId, registry)
                guard let evidence = try await RegistryInterface.call({
                    try await registry.evidence(model: model, subjectID: parameters.subjectId, year: parameters.year)
                }) else {
                    throw KhuyenHocErrors.evidenceNotFound(model: model.rawValue, subjectId: parameters.subjectId, year: parameters.year)
                }
                return EvidenceReply(evidence: try info(evidence))
            },
            .typed("ListResults") { (parameters: ListResultsParameters, _) in
                let model = try model(parameters.model)
                if let year = parameters.year { try checkYear(year) }
                _ = try await subject(model, parameters.subjectId, registry)
                let results = try await RegistryInterface.call {
                    try await registry.results(model: model, subjectID: parameters.subjectId, year: parameters.year)
                }
                return ListResultsReply(results: try results.map { result in
                    StoredResultInfo(
                        year: result.year, rubricVersion: result.rubricVersion, recognized: result.recognized, total: result.total,
                        grade: result.grade, evaluatedAt: RegistryInstant.text(result.evaluatedAt), result: try json(result.result))
                })
            },
        ]
    }

    /// The model named, or `ModelNotFound` of `interface`.
    static func model(_ name: String, interface: String = interface) throws(VarlinkError) -> RegistryModel {
        guard let model = RegistryModel(rawValue: name) else { throw KhuyenHocErrors.modelNotFound(name, interface: interface) }
        return model
    }

    static func checkYear(_ year: Int, interface: String = interface) throws(VarlinkError) {
        guard Evidence.years.contains(year) else {
            throw KhuyenHocErrors.invalidValue(
                field: "year", reason: "must be a year from \(Evidence.years.lowerBound) to \(Evidence.years.upperBound)", interface: interface)
        }
    }

    /// The record the model evaluates, or `SubjectNotFound` of `interface`.
    static func subject(
        _ model: RegistryModel, _ id: Int64, _ registry: any RegistryStore, interface: String = interface
    ) async throws(VarlinkError) -> any Sendable {
        do {
            switch model {
            case .citizen: return try await registry.person(id: id)
            case .family: return try await registry.household(id: id)
            case .clan: return try await registry.clan(id: id)
            case .community: return try await registry.community(id: id)
            case .unit: return try await registry.unit(id: id)
            }
        } catch .notFound {
            throw KhuyenHocErrors.subjectNotFound(model: model.rawValue, id: id, interface: interface)
        } catch {
            throw KhuyenHocErrors.storageFailed(error.description, interface: interface)
        }
    }

    static func info(_ evidence: Evidence) throws(VarlinkError) -> EvidenceInfo {
        EvidenceInfo(
            model: evidence.model.rawValue, subjectId: evidence.subjectID, year: evidence.year, facts: try json(evidence.facts),
            enteredBy: evidence.enteredBy, enteredAt: RegistryInstant.text(evidence.enteredAt))
    }

    static func json(_ text: String) throws(VarlinkError) -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw KhuyenHocErrors.storageFailed("a stored JSON object cannot be read: \(error)", interface: interface)
        }
    }
}
