import Foundation
import KhuyenHocAPI
import KhuyenHocStore

/// Checks evidence with its model's plugin before it is stored, so that evidence the plugin
/// would refuse never reaches the registry.
///
/// The evidence is evaluated once (the result is thrown away) inside facts whose registry part
/// is a stand-in that every plugin accepts: one member of 30, one family, one staff member. So
/// the check judges the evidence alone: an unknown or missing indicator, a value of the wrong
/// kind or out of range, an unknown variant or target group, a missing score. Problems of the
/// registry's own data (a household with no members, a unit with no staff) do not stop evidence
/// from being entered: the roll-up reports them as failures of that subject.
public struct EvidenceCheck: Sendable {
    public let host: PluginHost

    public init(host: PluginHost) {
        self.host = host
    }

    /// Throws the problem with its field as a path into the evidence (`scores.sl2`,
    /// `indicators.budget`); `targetGroup` is the person's own when the evidence names none.
    public func check(model: RegistryModel, facts text: String, year: Int, personTargetGroup: String?) throws(CompositionProblem) {
        let evidence = try EvidenceFacts(text, model: model)
        let rubric = try RollUpEvaluator.rubricVersion(of: host, model, year: year)
        guard let plugin = host.model(model.rawValue)?.plugin else {
            throw CompositionProblem(field: "model", reason: "the \(model.rawValue) plugin is not loaded; see ListModels")
        }
        var writer = FactsWriter()
        writer.openObject()
        switch model {
        case .citizen:
            if let group = evidence["targetGroup"] {
                writer.field("targetGroup", json: group)
            } else if let personTargetGroup {
                writer.field("targetGroup", string: personTargetGroup)
            }
            if let scores = evidence["scores"] { writer.field("scores", json: scores) }
        case .family:
            writer.openArray("members")
            writer.openObject()
            writer.field("age", 30)
            writer.close("}")
            writer.close("]")
        case .clan, .community:
            writer.openArray("families")
            writer.openObject()
            writer.field("learningFamily", false)
            writer.field("adults", 1)
            writer.close("}")
            writer.close("]")
            writer.field("totalFamilies", 1)
        case .unit:
            writer.openArray("staff")
            writer.openObject()
            writer.close("}")
            writer.close("]")
            writer.field("totalStaff", 1)
        }
        if model != .citizen {
            if let indicators = evidence["indicators"] { writer.field("indicators", json: indicators) }
            if let variant = evidence["variant"] { writer.field("variant", json: variant) }
        }
        writer.close("}")
        var input = Data("{\"facts\":".utf8)
        input.append(writer.data)
        input.append(contentsOf: Array(",\"year\":\(year),\"rubricVersion\":\"\(rubric)\"}".utf8))
        switch plugin.evaluate(input) {
        case .success:
            return
        case .invalidInput(let json):
            let problem = (try? JSONDecoder().decode(InvalidFacts.self, from: json)) ?? InvalidFacts(field: "facts", reason: String(decoding: json, as: UTF8.self))
            throw CompositionProblem(field: problem.field, reason: problem.reason)
        case .failure(let json):
            throw CompositionProblem(field: "facts", reason: "the \(model.rawValue) plugin failed: \(PluginReason.text(json))")
        }
    }
}
