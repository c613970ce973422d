/// A household with everyone living in it, in the order they were entered (the head first, as
/// the commune's household lists have it).
public struct HouseholdWithMembers: Codable, Sendable, Hashable {
    public var household: Household
    public var members: [Person]

    public init(household: Household, members: [Person]) {
        self.household = household
        self.members = members
    }
}
