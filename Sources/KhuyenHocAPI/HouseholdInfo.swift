/// A household with its members as `vn.khuyenhoc.Registry` gives it (`Household` in the interface).
public struct HouseholdInfo: Codable, Sendable, Hashable {
    public var id: Int64
    public var communityID: Int64
    public var code: String?
    public var name: String
    /// In the order they were entered, the head first.
    public var members: [PersonInfo]

    public init(id: Int64, communityID: Int64, code: String?, name: String, members: [PersonInfo]) {
        self.id = id
        self.communityID = communityID
        self.code = code
        self.name = name
        self.members = members
    }
}
