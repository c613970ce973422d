/// One subject a roll-up could not evaluate (`vn.khuyenhoc.Evaluation.SubjectFailure`).
public struct SubjectFailure: Codable, Sendable, Equatable {
    public var id: Int64
    public var field: String
    public var reason: String

    public init(id: Int64, field: String, reason: String) {
        self.id = id
        self.field = field
        self.reason = reason
    }
}
