/// A person on a unit's staff as `vn.khuyenhoc.Registry` gives them (`StaffMember` in the interface).
public struct StaffMemberInfo: Codable, Sendable, Hashable {
    public var person: PersonInfo
    public var role: String?
    public var trainedThisYear: Bool
    public var digitalSkills: Bool

    public init(person: PersonInfo, role: String?, trainedThisYear: Bool, digitalSkills: Bool) {
        self.person = person
        self.role = role
        self.trainedThisYear = trainedThisYear
        self.digitalSkills = digitalSkills
    }
}
