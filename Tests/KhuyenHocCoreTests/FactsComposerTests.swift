import Foundation
import KhuyenHocCore
import KhuyenHocStore
import Testing

/// Each model's composed facts on ``RollUpFixture``'s registry, byte for byte: the bytes are what
/// the digest is taken of, so their order and content are part of the contract.
struct FactsComposerTests {
    func compose(_ model: RegistryModel, _ id: Int64, _ evidence: String, _ context: CompositionContext) throws -> String {
        let data = try FactsComposers.composer(for: model).facts(of: id, evidence: EvidenceFacts(evidence, model: model), in: context)
        return String(decoding: data, as: UTF8.self)
    }

    var context: CompositionContext {
        CompositionContext(
            index: RollUpFixture.index, year: 2024,
            recognized: [.citizen: [1: true, 4: false], .family: [100: true, 101: false], .clan: [31: true]])
    }

    @Test func aCitizenTakesTheirOwnTargetGroupUnlessTheEvidenceNamesOne() throws {
        #expect(try compose(.citizen, 1, #"{"scores":{"sl1":8}}"#, context) == #"{"targetGroup":"farmers","scores":{"sl1":8}}"#)
        #expect(try compose(.citizen, 1, #"{"targetGroup":"workers","scores":{"sl1":8}}"#, context)
            == #"{"targetGroup":"workers","scores":{"sl1":8}}"#)
        // Person 4 has no target group: none is made up.
        #expect(try compose(.citizen, 4, #"{"scores":{"sl1":8}}"#, context) == #"{"scores":{"sl1":8}}"#)
    }

    @Test func aFamilyIsItsMembersBornByTheYearWithTheirCitizenResults() throws {
        // Person 1: 44, literate, a Learning Citizen; person 2: 12, in school, good conduct;
        // person 3 is born in 2026 and left out.
        #expect(try compose(.family, 100, #"{"indicators":{"registered":true},"variant":"household"}"#, context)
            == #"{"members":[{"age":44,"literate":true,"learningCitizen":true},{"age":12,"inSchool":true,"goodConduct":true}],"indicators":{"registered":true},"variant":"household"}"#)
        var later = context
        later.recognized[.citizen] = [:]
        // Without a citizen result for the year, nobody is a Learning Citizen.
        #expect(try compose(.family, 100, #"{"indicators":{}}"#, later)
            == #"{"members":[{"age":44,"literate":true},{"age":12,"inSchool":true,"goodConduct":true}],"indicators":{}}"#)
    }

    @Test func aClanListsItsRegisteredFamiliesWithAResult() throws {
        // Household 100: adults 1 (person 1, a citizen), children 6–17: 1 (person 2, in school);
        // household 102 has no family result: counted in totalFamilies only.
        #expect(try compose(.clan, 30, #"{"indicators":{"learningFund":true}}"#, context)
            == #"{"families":[{"learningFamily":true,"adults":1,"adultLearningCitizens":1,"schoolAgeChildren":1,"schoolAgeChildrenInSchool":1}],"totalFamilies":2,"indicators":{"learningFund":true}}"#)
        var unregistered = context
        unregistered.unregisteredFamilies = [100]
        #expect(try compose(.clan, 30, #"{"indicators":{}}"#, unregistered) == #"{"families":[],"totalFamilies":2,"indicators":{}}"#)
    }

    @Test func aCommunityListsItsFamiliesAndTheClansLivingInIt() throws {
        // Clans 30 (through household 100) and 31 (through 101) live in community 10; only 31
        // has a result.
        #expect(try compose(.community, 10, #"{"indicators":{"learningPlace":true}}"#, context)
            == #"{"families":[{"learningFamily":true,"adults":1,"adultLearningCitizens":1,"schoolAgeChildren":1,"schoolAgeChildrenInSchool":1},{"learningFamily":false,"adults":1,"adultLearningCitizens":0,"schoolAgeChildren":0,"schoolAgeChildrenInSchool":0}],"totalFamilies":2,"clans":[{"learningClan":true}],"totalClans":2,"indicators":{"learningPlace":true}}"#)
    }

    @Test func aUnitIsItsWholeStaff() throws {
        #expect(try compose(.unit, 40, #"{"indicators":{"budget":5}}"#, context)
            == #"{"staff":[{"learningCitizen":true,"trainedThisYear":true},{"digitalSkills":true}],"totalStaff":2,"indicators":{"budget":5}}"#)
    }

    @Test func evidenceHoldsOnlyWhatTheRegistryCannotDerive() {
        #expect(throws: CompositionProblem.self) { try EvidenceFacts(#"{"members":[],"indicators":{}}"#, model: .family) }
        #expect(throws: CompositionProblem.self) { try EvidenceFacts(#"{"indicators":{}}"#, model: .citizen) }
        #expect(throws: CompositionProblem.self) { try EvidenceFacts("[1]", model: .unit) }
        do {
            _ = try EvidenceFacts(#"{"staff":[]}"#, model: .unit)
            Issue.record("accepted staff in unit evidence")
        } catch {
            #expect(error.field == "staff")
            #expect(error.reason.contains("the staff and their results come from the registry"))
        }
    }

    @Test func theDigestChangesWithEveryInput() {
        let facts = Data(#"{"scores":{"sl1":8}}"#.utf8)
        let digest = InputsDigest.of(model: "citizen", rubricVersion: "2022.1", year: 2024, facts: facts)
        #expect(digest.count == 32)
        #expect(digest == InputsDigest.of(model: "citizen", rubricVersion: "2022.1", year: 2024, facts: facts))
        #expect(digest != InputsDigest.of(model: "citizen", rubricVersion: "2022.2", year: 2024, facts: facts))
        #expect(digest != InputsDigest.of(model: "citizen", rubricVersion: "2022.1", year: 2025, facts: facts))
        #expect(digest != InputsDigest.of(model: "family", rubricVersion: "2022.1", year: 2024, facts: facts))
        #expect(digest != InputsDigest.of(model: "citizen", rubricVersion: "2022.1", year: 2024, facts: Data(#"{"scores":{"sl1":9}}"#.utf8)))
    }
}
