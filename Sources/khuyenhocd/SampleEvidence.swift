import Foundation
import KhuyenHocSample
import KhuyenHocStore

/// The sample district's scores and assessments as evidence for its year (all synthetic), in the
/// evidence format of `vn.khuyenhoc.Registry.PutEvidence`:
///
/// - citizen: every person who self-assessed (``KhuyenHocSample/Person/citizenScores``), with
///   their target group and ten scores;
/// - family: every household that registered to build a Learning Family (the sample's
///   `registered` indicator); a household that did not register has no evidence, as in a
///   commune's books, and is not evaluated;
/// - clan, community, unit: every one, with the given indicators of its assessment.
///
/// Evidence ids follow in this order from 1 in a new registry, which the origin row records.
enum SampleEvidence {
    static func rows(_ district: SampleDistrict, enteredBy: UInt32, at date: Date) -> [RegistryRow] {
        var rows: [RegistryRow] = []
        func add(_ model: RegistryModel, _ id: Int, _ facts: String) {
            rows.append(.evidence(Evidence(
                model: model, subjectID: Int64(id), year: district.year, facts: facts, enteredBy: enteredBy, enteredAt: date)))
        }
        for person in district.people {
            guard let group = person.targetGroup, let scores = person.citizenScores else { continue }
            let points = zip(CitizenScores.indicatorIDs, scores.points).map { "\"\($0)\":\($1)" }.joined(separator: ",")
            add(.citizen, person.id, "{\"targetGroup\":\"\(group.rawValue)\",\"scores\":{\(points)}}")
        }
        for household in district.households where household.assessment.registered {
            add(.family, household.id, given(household.assessment.indicators))
        }
        for clan in district.clans { add(.clan, clan.id, given(clan.assessment.indicators)) }
        for community in district.communities { add(.community, community.id, given(community.assessment.indicators)) }
        for organization in district.organizations { add(.unit, organization.id, given(organization.assessment.indicators)) }
        if !rows.isEmpty {
            rows.append(.origin(RecordOrigin(
                entity: .evidence, firstID: 1, lastID: Int64(rows.count), synthetic: true,
                source: "sample district of Thanh Oai (KhuyenHocSample), seed \(district.seed): self-assessments and "
                    + "assessments of \(district.year), synthetic, not real people")))
        }
        return rows
    }

    /// `{"indicators": {...}}` with the values in the rubric's order.
    private static func given(_ indicators: [AssessedIndicator]) -> String {
        "{\"indicators\":{" + indicators.map { "\"\($0.id)\":\($0.value)" }.joined(separator: ",") + "}}"
    }
}
