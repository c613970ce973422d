import Foundation
import KhuyenHocCore
import KhuyenHocStore
import Testing

/// `EvaluateSubject` reads only the part of the registry its subject depends on
/// (`layout(around:id:)`, evidence and latest results of the planned subjects): for every subject
/// of ``ReportDistrict`` (with a clan reaching into another village), the plan and every composed
/// fact must be byte for byte those of the whole district's layout, so the digests, and so the
/// results, are the same as an area run's.
struct SubjectLayoutTests {
    /// Every subject recognised or not by a rule on its id, for both contexts alike.
    static func recognized(_ layout: RegistryLayout) -> [RegistryModel: [Int64: Bool]] {
        func rule(_ ids: [Int64]) -> [Int64: Bool] { Dictionary(uniqueKeysWithValues: ids.map { ($0, $0 % 3 != 0) }) }
        return [
            .citizen: rule(layout.people.map(\.id)), .family: rule(layout.households.map(\.id)), .clan: rule(layout.clans.map(\.id)),
            .community: rule(layout.communities.map(\.id)), .unit: rule(layout.units.map(\.id)),
        ]
    }

    @Test func aSubjectAloneIsComposedAsInTheWholeDistrict() async throws {
        let district = try await ReportDistrict()
        let store = district.store
        // Household 5 lives in another village (Cao Dương Thượng) than the clan's others.
        let clan = try await store.layout().clans[0].id
        try await store.addClanMembers(clanID: clan, householdIDs: [district.households[4]])
        _ = try await store.putStaffMember(UnitStaffMember(unitID: try await store.layout().units[0].id, personID: district.people[7]))

        let whole = try await store.layout()
        let wholeIndex = RegistryIndex(whole)
        let recognized = Self.recognized(whole)
        let subjects: [(RegistryModel, [Int64])] = [
            (.citizen, whole.people.map(\.id)), (.family, whole.households.map(\.id)), (.clan, whole.clans.map(\.id)),
            (.community, whole.communities.map(\.id)), (.unit, whole.units.map(\.id)),
        ]
        var checked = 0
        for (model, ids) in subjects {
            for id in ids {
                let part = try await store.layout(around: model, id: id)
                let partIndex = RegistryIndex(part)
                let plan = RollUpPlanner(index: wholeIndex).plan(.subject(model, id))
                let partPlan = RollUpPlanner(index: partIndex).plan(.subject(model, id))
                for planned in RegistryModel.allCases {
                    #expect(partPlan.subjects(of: planned) == plan.subjects(of: planned), "\(model) \(id): \(planned)")
                    let wholeContext = CompositionContext(index: wholeIndex, year: 2024, recognized: recognized)
                    let partContext = CompositionContext(index: partIndex, year: 2024, recognized: recognized)
                    let composer = FactsComposers.composer(for: planned)
                    for subject in plan.subjects(of: planned) {
                        let evidence = try EvidenceFacts("{}", model: planned)
                        let expected = try composer.facts(of: subject, evidence: evidence, in: wholeContext)
                        #expect(try composer.facts(of: subject, evidence: evidence, in: partContext) == expected, "\(model) \(id): \(planned) \(subject)")
                        checked += 1
                    }
                    let evidence = try await store.evidenceFacts(model: planned, year: 2024)
                    #expect(try await store.evidenceFacts(model: planned, year: 2024, subjects: plan.subjects(of: planned))
                        == evidence.filter { plan.subjects(of: planned).contains($0.key) })
                    let latest = try await store.latestOutcomes(model: planned, year: 2024)
                    #expect(try await store.latestOutcomes(model: planned, year: 2024, subjects: plan.subjects(of: planned))
                        == latest.filter { plan.subjects(of: planned).contains($0.key) })
                }
            }
        }
        #expect(checked > 40)
        // A village's plan reaches the clan's household in the other village, and its members.
        let village = whole.households.first { $0.id == district.households[0] }!.parentID
        let part = try await store.layout(around: .community, id: village)
        #expect(part.households.contains { $0.id == district.households[4] })
        #expect(part.people.contains { $0.id == district.people[6] })
        // …and no more: the third village's household stays out.
        #expect(!part.households.contains { $0.id == district.households[5] })
    }
}
