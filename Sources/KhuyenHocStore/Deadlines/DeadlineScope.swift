/// Whom a deadline concerns: the whole district, one commune, or one commune's rollout of one
/// learning model.
public enum DeadlineScope: Sendable, Hashable, Codable {
    case district
    case commune(Int64)
    case communeModel(commune: Int64, model: RegistryModel)

    /// The commune, when the deadline concerns one.
    public var communeID: Int64? {
        switch self {
        case .district: nil
        case .commune(let id), .communeModel(let id, _): id
        }
    }

    /// The model, when the deadline concerns one commune's rollout of it.
    public var model: RegistryModel? {
        if case .communeModel(_, let model) = self { return model }
        return nil
    }
}
