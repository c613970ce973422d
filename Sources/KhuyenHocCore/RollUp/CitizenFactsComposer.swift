import Foundation
import KhuyenHocStore

/// A person's self-assessment: the evidence's `scores`, under the evidence's `targetGroup` or,
/// when it names none, the person's (``Person/targetGroup``).
public struct CitizenFactsComposer: FactsComposer {
    public var model: RegistryModel { .citizen }

    public init() {}

    public func facts(of subject: Int64, evidence: EvidenceFacts, in context: CompositionContext) throws(CompositionProblem) -> Data {
        var writer = FactsWriter(capacity: 160)
        writer.openObject()
        if let group = evidence["targetGroup"] {
            writer.field("targetGroup", json: group)
        } else if let group = context.index.people[subject]?.targetGroup {
            writer.field("targetGroup", string: group)
        }
        if let scores = evidence["scores"] { writer.field("scores", json: scores) }
        writer.close("}")
        return writer.data
    }
}
