/// A unit's staff member as lists show them: the person and their place in the unit.
public struct StaffMember: Codable, Sendable, Hashable {
    public var person: Person
    public var membership: UnitStaffMember

    public init(person: Person, membership: UnitStaffMember) {
        self.person = person
        self.membership = membership
    }
}
