/// A commune named by its statistics code and name (`vn.khuyenhoc.Registry.CommuneReference`).
public struct CommuneReference: Codable, Sendable, Hashable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
