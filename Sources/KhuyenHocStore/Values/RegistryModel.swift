import GRDB

/// The five learning models (DOMAIN.md §2), each with the kind of registry record it evaluates:
/// evidence and results name their subject by this model and the record's id.
public enum RegistryModel: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Learning Citizen: a person.
    case citizen
    /// Learning Family: a household.
    case family
    /// Learning Clan: a clan.
    case clan
    /// Learning Community: a community (village or urban block).
    case community
    /// Learning Unit: a unit.
    case unit

    /// The kind of record the model evaluates.
    public var subject: RegistryEntity {
        switch self {
        case .citizen: .person
        case .family: .household
        case .clan: .clan
        case .community: .community
        case .unit: .unit
        }
    }
}
