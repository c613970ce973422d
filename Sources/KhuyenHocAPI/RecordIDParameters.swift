/// The parameters of `vn.khuyenhoc.Registry` methods that take one record's id: `GetCommunity`,
/// `GetHousehold`, `GetPerson`, `GetClan`, `GetUnit`.
public struct RecordIDParameters: Codable, Sendable {
    public var id: Int64

    public init(id: Int64) {
        self.id = id
    }
}
