import KhuyenHocStore

/// A clan's or community's families as both models list them (Plugins/Clan/README.md): each
/// registered household with a family result for the year, with its result and its counts of
/// adults (15 and over), adult Learning Citizens, school-age children (6–17) and those of them in
/// school or through universal education.
struct MemberFamilies {
    static func write(_ households: [Int64], in context: CompositionContext, into writer: inout FactsWriter) {
        writer.openArray("families")
        for household in households {
            guard let learningFamily = context.recognized[.family]?[household], !context.unregisteredFamilies.contains(household) else {
                continue
            }
            var adults = 0
            var citizens = 0
            var children = 0
            var inSchool = 0
            for member in context.members(of: household) {
                let age = context.year - member.birthYear
                if age >= 15 {
                    adults += 1
                    if context.isLearningCitizen(member.id) { citizens += 1 }
                }
                if (6...17).contains(age) {
                    children += 1
                    if member.inSchool || member.completedUniversalEducation { inSchool += 1 }
                }
            }
            writer.openObject()
            writer.field("learningFamily", learningFamily)
            writer.field("adults", adults)
            writer.field("adultLearningCitizens", citizens)
            writer.field("schoolAgeChildren", children)
            writer.field("schoolAgeChildrenInSchool", inSchool)
            writer.close("}")
        }
        writer.close("]")
        writer.field("totalFamilies", households.count)
    }
}
