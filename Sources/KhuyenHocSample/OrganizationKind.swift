/// The kind of a unit at commune level (DOMAIN.md §2: agency, school, enterprise, cooperative).
public enum OrganizationKind: String, Sendable, Hashable, CaseIterable {
    /// The commune's People's Committee (Ủy ban nhân dân xã / thị trấn).
    case peoplesCommittee
    /// The commune health station (trạm y tế).
    case healthStation
    /// A kindergarten (trường mầm non).
    case kindergarten
    /// A primary school (trường tiểu học).
    case primarySchool
    /// A lower secondary school (trường trung học cơ sở).
    case lowerSecondarySchool
    /// A cooperative (hợp tác xã): the commune's agricultural services cooperative, or a craft one.
    case cooperative
    /// A company (công ty TNHH, công ty cổ phần).
    case enterprise

    /// A state agency or public service unit, whose staff self-assess as officials.
    public var isPublic: Bool {
        switch self {
        case .peoplesCommittee, .healthStation, .kindergarten, .primarySchool, .lowerSecondarySchool: true
        case .cooperative, .enterprise: false
        }
    }

    /// The Learning Citizen form of the unit's staff.
    public var staffTargetGroup: TargetGroup {
        switch self {
        case .peoplesCommittee, .healthStation, .kindergarten, .primarySchool, .lowerSecondarySchool: .officials
        case .cooperative: .farmers
        case .enterprise: .workers
        }
    }
}
