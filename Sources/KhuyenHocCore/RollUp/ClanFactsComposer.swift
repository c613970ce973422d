import Foundation
import KhuyenHocStore

/// A clan: its member households as families (``MemberFamilies``), all of them counted in
/// `totalFamilies`; and the evidence's given indicators.
public struct ClanFactsComposer: FactsComposer {
    public var model: RegistryModel { .clan }

    public init() {}

    public func facts(of subject: Int64, evidence: EvidenceFacts, in context: CompositionContext) throws(CompositionProblem) -> Data {
        var writer = FactsWriter(capacity: 1024)
        writer.openObject()
        MemberFamilies.write(context.index.householdsByClan[subject] ?? [], in: context, into: &writer)
        writeGiven(evidence, into: &writer)
        writer.close("}")
        return writer.data
    }
}
