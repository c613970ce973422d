import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Runs rollout store calls and reads their failures as `vn.khuyenhoc.Rollout`'s declared errors.
enum RolloutCall {
    /// Runs `body`; `field` is the parameter that named the commune, for a commune error.
    static func run<T>(communes: RolloutCommunes, field: String, _ body: () async throws(RolloutError) -> T) async throws(VarlinkError) -> T {
        do {
            return try await body()
        } catch {
            throw varlinkError(error, communes: communes, field: field)
        }
    }

    static func varlinkError(_ error: RolloutError, communes: RolloutCommunes?, field: String) -> VarlinkError {
        switch error {
        case .communeNotFound(let id):
            return KhuyenHocErrors.rolloutCommuneNotFound(field: field, code: communes?.commune(id: id)?.statisticsCode ?? "", asOf: nil)
        case .communeReadOnly(let commune):
            if let communes { return communes.readOnly(commune, field: field) }
            return KhuyenHocErrors.communeReadOnly(
                field: field, code: commune.statisticsCode, name: commune.name, validUntil: commune.validUntil?.description,
                mergedInto: nil, mergedOn: commune.mergedOn?.description)
        case .invalidValue(let field, let reason):
            return KhuyenHocErrors.rolloutInvalidValue(field: field, reason: reason)
        case .noteRequired(let from, let to):
            return KhuyenHocErrors.noteRequired(from: from.rawValue, to: to.rawValue)
        case .storage(.diskFull):
            return KhuyenHocErrors.rolloutStorageFull(RegistryError.diskFull.description)
        case .storage(let error):
            return KhuyenHocErrors.rolloutStorageFailed(error.description)
        }
    }
}
