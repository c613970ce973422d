import Foundation
import KhuyenHocStore

/// A village or urban block: its households as families (``MemberFamilies``); the clans with a
/// household living in it, those with a clan result listed with it, all counted in `totalClans`;
/// and the evidence's given indicators.
public struct CommunityFactsComposer: FactsComposer {
    public var model: RegistryModel { .community }

    public init() {}

    public func facts(of subject: Int64, evidence: EvidenceFacts, in context: CompositionContext) throws(CompositionProblem) -> Data {
        var writer = FactsWriter(capacity: 4096)
        writer.openObject()
        MemberFamilies.write(context.index.householdsByCommunity[subject] ?? [], in: context, into: &writer)
        let clans = context.index.clansByCommunity[subject] ?? []
        writer.openArray("clans")
        for clan in clans {
            guard let learningClan = context.recognized[.clan]?[clan] else { continue }
            writer.openObject()
            writer.field("learningClan", learningClan)
            writer.close("}")
        }
        writer.close("]")
        writer.field("totalClans", clans.count)
        writeGiven(evidence, into: &writer)
        writer.close("}")
        return writer.data
    }
}
