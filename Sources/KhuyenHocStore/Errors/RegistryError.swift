/// Why a registry operation failed. Small on purpose: each case maps to one Varlink error of
/// `vn.khuyenhoc.Registry`, with its associated values as the error's parameters. A failed
/// operation has changed nothing.
public enum RegistryError: Error, Sendable, Hashable {
    /// No record of this kind has this id.
    case notFound(entity: RegistryEntity, id: Int64)
    /// Another commune has this statistics code in a period that overlaps this one's (a code may be
    /// reused by a later commune, as xã Cao Xuân Dương took over Cao Dương's 10174).
    case duplicateStatisticsCode(String)
    /// A value breaks a rule of the registry: the kind of record, the field as the API names it
    /// (`birthYear`, `name`), and why, in words a secretary can act on.
    case constraintViolated(entity: RegistryEntity, field: String, reason: String)
    /// The page asked for is not one this store can give: a limit out of range or a cursor it did
    /// not hand out.
    case invalidPage(String)
    /// Rows of a batch were refused, each with its position in the batch (from 0); nothing of the
    /// batch was written. `more` says the batch was abandoned after the limit of errors, so further
    /// rows were not checked.
    case batchRejected(rows: [RejectedRow], more: Bool)
    /// The disk, or the database's size limit, is full; nothing of the operation was written.
    case diskFull
    /// The database could not be read or written: an I/O error, a damaged file, or another
    /// process holding it locked for too long.
    case storageFailed(String)
}

extension RegistryError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let entity, let id):
            "no \(entity.rawValue) with id \(id)"
        case .duplicateStatisticsCode(let code):
            "another commune already has statistics code \(code) in an overlapping period"
        case .constraintViolated(let entity, let field, let reason):
            "\(entity.rawValue) \(field): \(reason)"
        case .invalidPage(let reason):
            "invalid page: \(reason)"
        case .batchRejected(let rows, let more):
            "batch rejected, nothing written: "
                + rows.map { "row \($0.index): \($0.error)" }.joined(separator: "; ")
                + (more ? "; further rows not checked" : "")
        case .diskFull:
            "the disk is full; nothing was written"
        case .storageFailed(let message):
            "the registry database failed: \(message)"
        }
    }
}
