import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Turns stored records into the interface's, naming each record's commune by code and name (a
/// page usually names the same few communes, so each is read once).
struct RecordViews {
    private var communes: CommuneNames

    init(registry: any RegistryStore) {
        communes = CommuneNames(registry: registry)
    }

    mutating func community(_ community: Community) async throws(VarlinkError) -> CommunityInfo {
        CommunityInfo(
            id: try RegistryParameters.id(community.id), commune: try await communes.reference(id: community.communeID),
            name: community.name, kind: community.kind.rawValue)
    }

    mutating func clan(_ clan: Clan) async throws(VarlinkError) -> ClanInfo {
        ClanInfo(id: try RegistryParameters.id(clan.id), commune: try await communes.reference(id: clan.communeID), name: clan.name)
    }

    mutating func unit(_ unit: Unit) async throws(VarlinkError) -> UnitInfo {
        UnitInfo(
            id: try RegistryParameters.id(unit.id), commune: try await communes.reference(id: unit.communeID),
            name: unit.name, kind: unit.kind.rawValue)
    }

    static func person(_ person: Person) throws(VarlinkError) -> PersonInfo {
        PersonInfo(
            id: try RegistryParameters.id(person.id), householdID: person.householdID,
            fields: NewMember(
                name: person.name, birthYear: person.birthYear, sex: person.sex?.rawValue, targetGroup: person.targetGroup,
                inSchool: person.inSchool, completedUniversalEducation: person.completedUniversalEducation,
                literate: person.literate, studiedThisYear: person.studiedThisYear, goodConduct: person.goodConduct,
                resultsAverageOrBetter: person.resultsAverageOrBetter, learningCitizen: person.learningCitizen))
    }

    static func household(_ household: HouseholdWithMembers) throws(VarlinkError) -> HouseholdInfo {
        var members: [PersonInfo] = []
        for member in household.members { members.append(try person(member)) }
        return HouseholdInfo(
            id: try RegistryParameters.id(household.household.id), communityID: household.household.communityID,
            code: household.household.code, name: household.household.name, members: members)
    }

    static func staffMember(_ member: StaffMember) throws(VarlinkError) -> StaffMemberInfo {
        StaffMemberInfo(
            person: try person(member.person), role: member.membership.role,
            trainedThisYear: member.membership.trainedThisYear, digitalSkills: member.membership.digitalSkills)
    }

    /// The stored person a request describes; `prefix` places the fields in errors (`members.2.`).
    static func person(_ fields: NewMember, id: Int64? = nil, householdID: Int64?, prefix: String = "") throws(VarlinkError) -> Person {
        let sex: Sex? = try RegistryParameters.choice(fields.sex, field: prefix + "sex")
        return Person(
            id: id, householdID: householdID, name: fields.name, birthYear: fields.birthYear, sex: sex,
            targetGroup: fields.targetGroup, inSchool: fields.inSchool ?? false,
            completedUniversalEducation: fields.completedUniversalEducation ?? false, literate: fields.literate ?? false,
            studiedThisYear: fields.studiedThisYear ?? false, goodConduct: fields.goodConduct ?? false,
            resultsAverageOrBetter: fields.resultsAverageOrBetter ?? false, learningCitizen: fields.learningCitizen ?? false)
    }
}
