import Foundation
import KhuyenHocStore

/// A household: everyone living in it who was born by the year, with their age that year and
/// their flags from the registry, `learningCitizen` being their Learning Citizen result for the
/// year; and the evidence's given indicators.
public struct FamilyFactsComposer: FactsComposer {
    public var model: RegistryModel { .family }

    public init() {}

    public func facts(of subject: Int64, evidence: EvidenceFacts, in context: CompositionContext) throws(CompositionProblem) -> Data {
        var writer = FactsWriter(capacity: 512)
        writer.openObject()
        writer.openArray("members")
        for member in context.members(of: subject) {
            writer.openObject()
            writer.field("age", context.year - member.birthYear)
            // Flags that are false are left out, as the plugin reads a missing flag as false.
            if member.inSchool { writer.field("inSchool", true) }
            if member.completedUniversalEducation { writer.field("completedUniversalEducation", true) }
            if member.literate { writer.field("literate", true) }
            if member.studiedThisYear { writer.field("studiedThisYear", true) }
            if context.isLearningCitizen(member.id) { writer.field("learningCitizen", true) }
            if member.goodConduct { writer.field("goodConduct", true) }
            if member.resultsAverageOrBetter { writer.field("resultsAverageOrBetter", true) }
            writer.close("}")
        }
        writer.close("]")
        writeGiven(evidence, into: &writer)
        writer.close("}")
        return writer.data
    }
}
