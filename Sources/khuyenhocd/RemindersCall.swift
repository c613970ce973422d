import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Runs deadline store calls and reads their failures as `vn.khuyenhoc.Reminders`' declared errors.
enum RemindersCall {
    /// Runs `body`. `idField` is the parameter that named the deadline; a field a value error
    /// names is prefixed with `fieldPrefix` (`deadline.` for the fields of a `DeadlineInput`);
    /// `communes` names the commune of a rollout plan's deadline.
    static func run<T>(
        idField: String = "id", fieldPrefix: String = "", communes: ReminderCommunes? = nil,
        _ body: () async throws(DeadlineStoreError) -> T
    ) async throws(VarlinkError) -> T {
        do {
            return try await body()
        } catch {
            throw varlinkError(error, idField: idField, fieldPrefix: fieldPrefix, communes: communes)
        }
    }

    static func varlinkError(
        _ error: DeadlineStoreError, idField: String = "id", fieldPrefix: String = "", communes: ReminderCommunes? = nil
    ) -> VarlinkError {
        switch error {
        case .managedByRollout(let id, let communeID, let model, let phase):
            let commune = communes?.reference(id: communeID) ?? CommuneReference(code: "", name: "")
            return KhuyenHocErrors.managedByRollout(field: idField, id: id, commune: commune, model: model.rawValue, phase: phase.rawValue)
        case .notFound(let what, let id) where what == "reminder delivery":
            return KhuyenHocErrors.deliveryNotFound(field: "deliveryId", id: id)
        case .notFound(_, let id):
            return KhuyenHocErrors.deadlineNotFound(field: idField, id: id)
        case .invalidValue(let field, let reason):
            return KhuyenHocErrors.remindersInvalidValue(field: fieldPrefix + field, reason: reason)
        case .alreadyDelivered(let key):
            return KhuyenHocErrors.remindersStorageFailed("reminder \(key) was already delivered")
        case .storage(.diskFull):
            return KhuyenHocErrors.remindersStorageFull(RegistryError.diskFull.description)
        case .storage(let error):
            return KhuyenHocErrors.remindersStorageFailed(error.description)
        }
    }

    static func varlinkError(_ error: RegistryError) -> VarlinkError {
        varlinkError(DeadlineStoreError.storage(error))
    }
}
