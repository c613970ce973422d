/// Why a deadline operation failed; a failed operation has changed nothing.
public enum DeadlineStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No deadline (or delivery) with this id.
    case notFound(what: String, id: Int64)
    /// A value breaks a rule: the field as the API names it, and why.
    case invalidValue(field: String, reason: String)
    /// This reminder is already recorded: it was delivered before and is not delivered again.
    case alreadyDelivered(ReminderKey)
    /// The deadline is a rollout plan's day: it changes only through the plan (and is reached when
    /// the commune reaches the phase).
    case managedByRollout(id: Int64, communeID: Int64, model: RegistryModel, phase: RolloutPhase)
    /// The registry database failed (disk full, I/O).
    case storage(RegistryError)

    public var description: String {
        switch self {
        case .notFound(let what, let id): "no \(what) with id \(id)"
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .alreadyDelivered(let key): "reminder \(key) was already delivered"
        case .managedByRollout(let id, let communeID, let model, let phase):
            "deadline \(id) is the planned day of \(phase.rawValue) for \(model.rawValue) in commune \(communeID): change it through the rollout plan"
        case .storage(let error): error.description
        }
    }
}
