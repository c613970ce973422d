import Foundation
import KhuyenHocStore
import Varlink

/// A piece of evidence split into its members, raw. What evidence holds per model (README,
/// "Evidence and stored evaluation"): for a citizen the self-assessment, `targetGroup` (when
/// left out, the person's) and `scores`; for a family, clan, community or unit only what the
/// plugin cannot derive from the registry: the rubric's given `indicators` and, optionally,
/// the rubric `variant`. Members, families, clans and staff come from the registry and from
/// the results below.
public struct EvidenceFacts: Sendable {
    public let members: JSONObjectMembers

    /// The keys evidence of `model` may hold.
    public static func keys(of model: RegistryModel) -> [String] {
        model == .citizen ? ["targetGroup", "scores"] : ["indicators", "variant"]
    }

    /// Reads evidence of `model`, refusing anything but a JSON object of the model's keys.
    public init(_ text: String, model: RegistryModel) throws(CompositionProblem) {
        guard let members = JSONObjectMembers(Data(text.utf8)) else {
            throw CompositionProblem(field: "facts", reason: "must be a JSON object")
        }
        let allowed = Self.keys(of: model)
        for key in members.keys where !allowed.contains(key) {
            let derived = model == .citizen ? "" : "; \(Self.derivedPart(of: model)) come from the registry"
            throw CompositionProblem(
                field: key,
                reason: "unknown key; evidence for the \(model.rawValue) model holds \(allowed.joined(separator: " and "))\(derived)")
        }
        self.members = members
    }

    /// A member's raw value, nil when absent or `null`.
    public subscript(key: String) -> Data? {
        guard let raw = members[key], !raw.elementsEqual("null".utf8) else { return nil }
        return raw
    }

    static func derivedPart(of model: RegistryModel) -> String {
        switch model {
        case .citizen: ""
        case .family: "the members"
        case .clan, .community: "the families (and clans) and their results"
        case .unit: "the staff and their results"
        }
    }
}
