import KhuyenHocStore
import Testing

/// The registry error `body` throws, or nil when it succeeds; for tests that check which field a
/// refusal names without repeating its wording. Any other error is a failure of its own.
func caughtError<T>(_ body: () async throws -> T) async -> RegistryError? {
    do {
        _ = try await body()
        return nil
    } catch let error as RegistryError {
        return error
    } catch {
        Issue.record("not a RegistryError: \(error)")
        return nil
    }
}

extension RegistryError {
    /// The kind and field a constraint violation names.
    var violatedField: (entity: RegistryEntity, field: String)? {
        if case .constraintViolated(let entity, let field, _) = self { return (entity, field) }
        return nil
    }
}
