/// A commune × model that is late (`vn.khuyenhoc.Rollout.LateEntry`).
public struct LateEntry: Codable, Sendable, Hashable {
    public var commune: CommuneReference
    public var model: String
    public var state: RolloutCell

    public init(commune: CommuneReference, model: String, state: RolloutCell) {
        self.commune = commune
        self.model = model
        self.state = state
    }
}
