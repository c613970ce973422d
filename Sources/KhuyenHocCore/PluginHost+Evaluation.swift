import Foundation
import KhuyenHocAPI
import Varlink

extension PluginHost {
    /// The active rubric of a model's variant, or the declared error.
    public func rubric(model id: String, variant: String?) throws(VarlinkError) -> Rubric {
        guard let description = model(id)?.description else { throw KhuyenHocErrors.modelNotFound(id) }
        do {
            return try description.rubric.rubric(variant: variant)
        } catch {
            throw KhuyenHocErrors.variantNotFound(
                model: id, variant: variant, known: description.rubric.variants.map(\.id))
        }
    }

    /// Evaluates one subject through its model's plugin, or throws the declared error.
    public func evaluate(model id: String, facts: JSONValue, year: Int?) throws(VarlinkError) -> EvaluationResult {
        guard let plugin = model(id)?.plugin else {
            throw KhuyenHocErrors.modelNotFound(id, interface: KhuyenHocInterfaces.evaluation)
        }
        guard case .object = facts else {
            throw KhuyenHocErrors.invalidFacts(model: id, field: "facts", reason: "must be a JSON object")
        }
        let input: Data
        do {
            input = try VarlinkJSON.encoder.encode(PluginEvaluateInput(facts: facts, year: year))
        } catch {
            throw KhuyenHocErrors.invalidFacts(model: id, field: "facts", reason: "cannot be encoded: \(error)")
        }
        switch plugin.evaluate(input) {
        case .success(let json):
            do {
                return try JSONDecoder().decode(EvaluationResult.self, from: json)
            } catch {
                throw KhuyenHocErrors.pluginFailed(model: id, reason: "the plugin's result is not valid: \(error)")
            }
        case .invalidInput(let json):
            let problem = (try? JSONDecoder().decode(InvalidFacts.self, from: json))
                ?? InvalidFacts(field: "facts", reason: String(decoding: json, as: UTF8.self))
            throw KhuyenHocErrors.invalidFacts(model: id, field: problem.field, reason: problem.reason)
        case .failure(let json):
            throw KhuyenHocErrors.pluginFailed(model: id, reason: PluginReason.text(json))
        }
    }
}

/// What crosses to the plugin's `evaluate`.
private struct PluginEvaluateInput: Encodable {
    var facts: JSONValue
    var year: Int?
}
