import Foundation
import KhuyenHocStore

/// Composes one model's facts (its plugin's README) for a subject from its evidence and the
/// registry; one conforming type per model.
public protocol FactsComposer: Sendable {
    var model: RegistryModel { get }
    /// The facts of `subject`, compact JSON with keys in a fixed order.
    func facts(of subject: Int64, evidence: EvidenceFacts, in context: CompositionContext) throws(CompositionProblem) -> Data
}

extension FactsComposer {
    /// The given indicators and the variant, as the evidence holds them.
    func writeGiven(_ evidence: EvidenceFacts, into writer: inout FactsWriter) {
        if let indicators = evidence["indicators"] { writer.field("indicators", json: indicators) }
        if let variant = evidence["variant"] { writer.field("variant", json: variant) }
    }
}

/// The composer of each model.
public enum FactsComposers {
    public static func composer(for model: RegistryModel) -> any FactsComposer {
        switch model {
        case .citizen: CitizenFactsComposer()
        case .family: FamilyFactsComposer()
        case .clan: ClanFactsComposer()
        case .community: CommunityFactsComposer()
        case .unit: UnitFactsComposer()
        }
    }
}
