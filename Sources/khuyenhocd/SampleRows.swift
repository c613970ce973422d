import Foundation
import KhuyenHocSample
import KhuyenHocStore

/// The sample district as registry rows, in an order in which every reference points back: the
/// communes (a merge's successor before the communes merged into it), communities, households,
/// people, clans with their households, units with their staff. Ids are the sample's own, so
/// the registry's ids match `SampleDistrict`'s; communes, which the sample names by code, are
/// numbered in `ThanhOai.allCommunes` order.
///
/// Only the sample's values are used. The sample's scores and assessments are evidence
/// (``SampleEvidence``), written after the records they are about.
enum SampleRows {
    static func rows(_ district: SampleDistrict) -> [RegistryRow] {
        var rows: [RegistryRow] = []
        rows.reserveCapacity(district.communes.count + district.communities.count + district.households.count
            + district.people.count * 2 + district.clans.count * 12 + district.organizations.count)
        let communeIDs = communeIDs(district)
        let communes = communes(district)
        // A successor first: its predecessors refer to it, and foreign keys are checked row by row.
        let successors = communes.filter { commune in communes.contains { $0.mergedInto == commune.id } }
        rows += successors.map(RegistryRow.commune)
        rows += communes.filter { !successors.contains($0) }.map(RegistryRow.commune)
        for community in district.communities {
            rows.append(.community(KhuyenHocStore.Community(
                id: Int64(community.id), communeID: communeIDs.current[community.communeCode]!, name: community.name,
                kind: community.kind == .village ? .village : .urbanBlock)))
        }
        for household in district.households {
            // A household is known by its head, as in the commune's own books (hộ ông/bà …).
            rows.append(.household(KhuyenHocStore.Household(
                id: Int64(household.id), communityID: Int64(household.communityID), name: district.person(household.headID).fullName)))
        }
        for person in district.people {
            rows.append(.person(KhuyenHocStore.Person(
                id: Int64(person.id), householdID: Int64(person.householdID), name: person.fullName, birthYear: person.birthYear,
                sex: person.sex == .female ? .female : .male, targetGroup: person.targetGroup?.rawValue,
                inSchool: person.schooling.inSchool, completedUniversalEducation: person.completedUniversalEducation,
                literate: person.literate, studiedThisYear: person.studiedThisYear, goodConduct: person.goodConduct,
                resultsAverageOrBetter: person.resultsAverageOrBetter && person.schooling.inSchool)))
        }
        for clan in district.clans {
            rows.append(.clan(KhuyenHocStore.Clan(id: Int64(clan.id), communeID: communeIDs.current[clan.communeCode]!, name: clan.name)))
            rows += clan.householdIDs.map { .clanMember(ClanMembership(clanID: Int64(clan.id), householdID: Int64($0))) }
        }
        for organization in district.organizations {
            rows.append(.unit(KhuyenHocStore.Unit(
                id: Int64(organization.id), communeID: communeIDs.current[organization.communeCode]!, name: organization.name,
                kind: unitKind(organization.kind))))
            for personID in organization.staffIDs {
                let person = district.person(personID)
                rows.append(.staffMember(UnitStaffMember(
                    unitID: Int64(organization.id), personID: Int64(personID),
                    trainedThisYear: person.trainedThisYear, digitalSkills: person.digitalSkills)))
            }
        }
        rows += origins(district)
        rows += SampleEvidence.rows(district, enteredBy: getuid(), at: Date())
        return rows
    }

    /// The district's communes as the registry stores them, with their ids.
    static func communes(_ district: SampleDistrict) -> [KhuyenHocStore.Commune] {
        let communeIDs = communeIDs(district)
        return district.communes.enumerated().map { index, commune in
            communeRecord(commune, id: Int64(index + 1), district: district, communeIDs: communeIDs)
        }
    }

    /// The label of every run: the communes are real, everything else is generated.
    private static func origins(_ district: SampleDistrict) -> [RegistryRow] {
        let generated = "sample district of Thanh Oai (KhuyenHocSample), seed \(district.seed), "
            + "\(district.people.count) people, assessed in \(district.year): synthetic, not real people"
        let runs: [(RegistryEntity, Int, Bool, String)] = [
            (.commune, district.communes.count, false,
             "Thanh Oai's communes, statistics codes and the 2024 merge (DOMAIN.md §7); the merge's day and the merged commune's code are assumed"),
            (.community, district.communities.count, true, generated),
            (.household, district.households.count, true, generated),
            (.person, district.people.count, true, generated),
            (.clan, district.clans.count, true, generated),
            (.unit, district.organizations.count, true, generated),
        ]
        return runs.filter { $0.1 > 0 }.map { entity, count, synthetic, source in
            .origin(RecordOrigin(entity: entity, firstID: 1, lastID: Int64(count), synthetic: synthetic, source: source))
        }
    }

    /// The registry id of each commune: `current` by code for the population, which lives in the
    /// communes of 2022; `successor` for a merge's target, by code and first day.
    private static func communeIDs(_ district: SampleDistrict) -> (current: [String: Int64], all: [KhuyenHocSample.Commune: Int64]) {
        var current: [String: Int64] = [:]
        var all: [KhuyenHocSample.Commune: Int64] = [:]
        for (index, commune) in district.communes.enumerated() {
            let id = Int64(index + 1)
            all[commune] = id
            // The population's communes are those of the sample's year-start: the first record of a code.
            if current[commune.code] == nil { current[commune.code] = id }
        }
        return (current, all)
    }

    private static func communeRecord(
        _ commune: KhuyenHocSample.Commune, id: Int64, district: SampleDistrict,
        communeIDs: (current: [String: Int64], all: [KhuyenHocSample.Commune: Int64])
    ) -> KhuyenHocStore.Commune {
        var record = KhuyenHocStore.Commune(
            id: id, statisticsCode: commune.code, name: commune.name, kind: commune.kind == .township ? .town : .commune,
            validFrom: commune.validFrom.map(date), validUntil: commune.validUntil.map(date))
        if let target = commune.mergedInto,
           let merge = district.merges.first(where: { $0.successor == target && $0.predecessors.contains(commune.code) }),
           let successor = district.communes.first(where: { $0.code == target && $0.validFrom == merge.effective }) {
            record.mergedInto = communeIDs.all[successor]
            record.mergedOn = date(merge.effective)
        }
        return record
    }

    private static func date(_ date: KhuyenHocSample.CalendarDate) -> KhuyenHocStore.CalendarDate {
        KhuyenHocStore.CalendarDate(year: date.year, month: date.month, day: date.day)!
    }

    /// The registry's kinds are coarser than the sample's: a health station is a public service
    /// unit, neither an agency of the state nor a school.
    private static func unitKind(_ kind: OrganizationKind) -> UnitKind {
        switch kind {
        case .peoplesCommittee: .agency
        case .healthStation: .other
        case .kindergarten, .primarySchool, .lowerSecondarySchool: .school
        case .cooperative: .cooperative
        case .enterprise: .enterprise
        }
    }
}
