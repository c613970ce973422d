/// What a progress report counts (DOMAIN.md §5): the subjects of each group model, and the two
/// groups of people the Learning Citizen targets are about.
public enum ProgressMeasure: String, Codable, Sendable, CaseIterable {
    /// Households, as Learning Families.
    case families
    /// Clans, as Learning Clans.
    case clans
    /// Villages and urban blocks, as Learning Communities.
    case communities
    /// Agencies, schools, enterprises and cooperatives, as Learning Units.
    case units
    /// People living in the area's households who are adults in the year, as Learning Citizens.
    case adultCitizens
    /// People on the staff of the area's units, as Learning Citizens.
    case staffCitizens

    /// The model whose evidence and results count for the measure.
    public var model: RegistryModel {
        switch self {
        case .families: .family
        case .clans: .clan
        case .communities: .community
        case .units: .unit
        case .adultCitizens, .staffCitizens: .citizen
        }
    }
}
