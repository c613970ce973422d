import Foundation
import KhuyenHocStore

/// A unit: its whole staff with their work flags from the registry and `learningCitizen` from
/// their Learning Citizen result for the year, `totalStaff` being their number; and the
/// evidence's given indicators.
public struct UnitFactsComposer: FactsComposer {
    public var model: RegistryModel { .unit }

    public init() {}

    public func facts(of subject: Int64, evidence: EvidenceFacts, in context: CompositionContext) throws(CompositionProblem) -> Data {
        let staff = context.index.staffByUnit[subject] ?? []
        var writer = FactsWriter(capacity: 1024)
        writer.openObject()
        writer.openArray("staff")
        for member in staff {
            writer.openObject()
            if context.isLearningCitizen(member.personID) { writer.field("learningCitizen", true) }
            if member.trainedThisYear { writer.field("trainedThisYear", true) }
            if member.digitalSkills { writer.field("digitalSkills", true) }
            writer.close("}")
        }
        writer.close("]")
        writer.field("totalStaff", staff.count)
        writeGiven(evidence, into: &writer)
        writer.close("}")
        return writer.data
    }
}
