/// The kinds of record the registry holds; errors name the kind they are about.
public enum RegistryEntity: String, Codable, Sendable, CaseIterable {
    case commune
    case community
    case household
    case person
    case clan
    case clanMember
    case unit
    case staffMember
    case evidence
    case result
    /// Where a run of records came from (``RecordOrigin``).
    case recordOrigin

    /// The table that holds the records.
    var table: String {
        switch self {
        case .commune: "communes"
        case .community: "communities"
        case .household: "households"
        case .person: "people"
        case .clan: "clans"
        case .clanMember: "clan_households"
        case .unit: "units"
        case .staffMember: "unit_staff"
        case .evidence: "evidence"
        case .result: "results"
        case .recordOrigin: "record_origins"
        }
    }
}
