/// One commune's row of the rollout matrix (`vn.khuyenhoc.Rollout.Row`).
public struct RolloutRow: Codable, Sendable, Hashable {
    public var commune: CommuneReference
    public var cells: [RolloutCell]

    public init(commune: CommuneReference, cells: [RolloutCell]) {
        self.commune = commune
        self.cells = cells
    }
}
