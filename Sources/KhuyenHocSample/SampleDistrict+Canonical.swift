/// The district as canonical text, one line per record, and its digest: what "the same
/// district" means. Fields are separated by `|`, in a fixed order; ids, names and values as
/// stored; nothing depends on hashing order, locale or floating point.
extension SampleDistrict {
    /// Calls `line` with each line of the canonical text, in order, without building it whole.
    public func canonicalLines(_ line: (String) -> Void) {
        line("district|\(ThanhOai.districtCode)|\(ThanhOai.districtName)|seed \(seed)|year \(year)|synthetic population")
        for commune in communes {
            line(["commune", commune.code, commune.name, commune.kind.rawValue, commune.districtCode,
                  commune.validFrom.map(String.init(describing:)) ?? "-", commune.validUntil.map(String.init(describing:)) ?? "-",
                  commune.mergedInto ?? "-"].joined(separator: "|"))
        }
        for merge in merges {
            line(["merge", merge.predecessors.joined(separator: ","), merge.successor, String(describing: merge.effective),
                  merge.effectiveDateAssumed ? "assumed" : "sourced"].joined(separator: "|"))
        }
        for community in communities {
            line(["community", String(community.id), community.communeCode, community.kind.rawValue, community.name,
                  Self.render(community.assessment.indicators)].joined(separator: "|"))
        }
        for household in households {
            line(["household", String(household.id), household.communeCode, String(household.communityID), household.familyName,
                  household.memberIDs.map(String.init).joined(separator: ","), household.clanID.map(String.init) ?? "-",
                  Self.render(household.assessment.indicators)].joined(separator: "|"))
        }
        for person in people {
            line(["person", String(person.id), String(person.householdID), person.role.rawValue, person.familyName,
                  person.middleName, person.givenName, person.sex.rawValue, String(person.birthYear), person.schooling.rawValue,
                  person.completedLevel.id, Self.flags(person), person.targetGroup?.rawValue ?? "-",
                  person.citizenScores.map { $0.points.map(String.init).joined(separator: ",") } ?? "-",
                  person.organizationID.map(String.init) ?? "-"].joined(separator: "|"))
        }
        for clan in clans {
            line(["clan", String(clan.id), clan.communeCode, String(clan.communityID), clan.familyName, clan.name,
                  clan.householdIDs.map(String.init).joined(separator: ","), Self.render(clan.assessment.indicators)]
                .joined(separator: "|"))
        }
        for organization in organizations {
            line(["organization", String(organization.id), organization.communeCode, organization.kind.rawValue, organization.name,
                  organization.staffIDs.map(String.init).joined(separator: ","), Self.render(organization.assessment.indicators)]
                .joined(separator: "|"))
        }
    }

    /// The canonical text whole (for the sample scale; the benchmark's is tens of megabytes).
    public var canonicalText: String {
        var text = ""
        canonicalLines { text += $0; text += "\n" }
        return text
    }

    /// The digest of the canonical text: equal for equal districts.
    public var digest: SampleDigest {
        var digest = SampleDigest()
        canonicalLines { digest.add($0); digest.add("\n") }
        return digest
    }

    private static func render(_ indicators: [AssessedIndicator]) -> String {
        indicators.map { "\($0.id)=\($0.value)" }.joined(separator: ",")
    }

    /// literate, studied, conduct, results, trained, digital as six 0/1 digits.
    private static func flags(_ person: Person) -> String {
        [person.literate, person.studiedThisYear, person.goodConduct, person.resultsAverageOrBetter, person.trainedThisYear,
         person.digitalSkills].map { $0 ? "1" : "0" }.joined()
    }
}
