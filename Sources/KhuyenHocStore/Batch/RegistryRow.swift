/// One row of a batch: any record the registry holds. A batch may mix kinds; rows are written in
/// order, so a row may refer to a record an earlier row of the same batch created with an id the
/// caller chose.
public enum RegistryRow: Sendable, Hashable {
    case commune(Commune)
    case community(Community)
    case household(Household)
    case person(Person)
    case clan(Clan)
    case clanMember(ClanMembership)
    case unit(Unit)
    case staffMember(UnitStaffMember)
    /// Evidence replaces what was entered for the same model, subject and year, as
    /// ``RegistryStore/putEvidence(_:)`` does.
    case evidence(Evidence)
    case result(StoredResult)
    /// Says where a run of records of the batch (or of earlier ones) came from.
    case origin(RecordOrigin)

    /// The kind of record the row writes.
    public var entity: RegistryEntity {
        switch self {
        case .commune: .commune
        case .community: .community
        case .household: .household
        case .person: .person
        case .clan: .clan
        case .clanMember: .clanMember
        case .unit: .unit
        case .staffMember: .staffMember
        case .evidence: .evidence
        case .result: .result
        case .origin: .recordOrigin
        }
    }

    /// The record the row writes.
    var record: any RegistryRecord {
        switch self {
        case .commune(let record): record
        case .community(let record): record
        case .household(let record): record
        case .person(let record): record
        case .clan(let record): record
        case .clanMember(let record): record
        case .unit(let record): record
        case .staffMember(let record): record
        case .evidence(let record): record
        case .result(let record): record
        case .origin(let record): record
        }
    }
}
