import KhuyenHocSpreadsheet
import KhuyenHocStore

/// The tables a registry file can hold: one kind of record each, named as the API and the CLI
/// name them (`khuyenhoc import people FILE`).
public enum TransferTable: String, Sendable, CaseIterable {
    case communes
    case communities
    case households
    case people
    case clans
    /// The households of each clan.
    case clanMembers
    case units
    /// The staff of each unit.
    case staff
    /// Evidence and scores per subject and year (a citizen's self-assessment scores are its facts).
    case evidence
    /// Stored evaluation results.
    case results

    /// The kind of record a row of the table is.
    public var entity: RegistryEntity {
        switch self {
        case .communes: .commune
        case .communities: .community
        case .households: .household
        case .people: .person
        case .clans: .clan
        case .clanMembers: .clanMember
        case .units: .unit
        case .staff: .staffMember
        case .evidence: .evidence
        case .results: .result
        }
    }

    /// The table's columns, with their Vietnamese and English header names; a column's id is the
    /// field as the API names it.
    public var schema: TableSchema { TransferSchemas.schema(for: self) }

    /// Whether the table refers to communes (by id or statistics code).
    var refersToCommunes: Bool { self == .communities || self == .clans || self == .units }

    /// The table's names, for messages: `communes, communities, …`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
