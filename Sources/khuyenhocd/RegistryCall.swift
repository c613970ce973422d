import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Runs registry store calls for `vn.khuyenhoc.Registry` and reads their failures as the
/// interface's declared errors, naming the parameter a caller has to fix.
enum RegistryCall {
    /// Runs `body`. `notFound` names the parameter that gave the id of each kind of record (a
    /// missing `community` in AddHousehold is `communityID`; without an entry, `id`); `renaming`
    /// turns the store's field names into the method's (`statisticsCode` → `code`).
    static func run<T>(
        notFound: [RegistryEntity: String] = [:], renaming: [String: String] = [:], _ body: () async throws -> T
    ) async throws(VarlinkError) -> T {
        do {
            return try await body()
        } catch let error as RegistryError {
            throw varlinkError(error, notFound: notFound, renaming: renaming)
        } catch {
            throw KhuyenHocErrors.storageFailed(String(describing: error))
        }
    }

    static func varlinkError(
        _ error: RegistryError, notFound: [RegistryEntity: String] = [:], renaming: [String: String] = [:]
    ) -> VarlinkError {
        switch error {
        case .notFound(let entity, let id):
            return KhuyenHocErrors.recordNotFound(entity: entity.rawValue, id: id, field: notFound[entity] ?? "id")
        case .constraintViolated(let entity, let field, let reason):
            return KhuyenHocErrors.constraintViolated(entity: entity.rawValue, field: renaming[field] ?? field, reason: reason)
        case .duplicateStatisticsCode(let code):
            return KhuyenHocErrors.duplicateStatisticsCode(code)
        case .invalidPage(let reason):
            return KhuyenHocErrors.invalidValue(field: "cursor", reason: reason)
        case .diskFull:
            return KhuyenHocErrors.storageFull(error.description)
        case .batchRejected, .storageFailed:
            return KhuyenHocErrors.storageFailed(error.description)
        }
    }
}
