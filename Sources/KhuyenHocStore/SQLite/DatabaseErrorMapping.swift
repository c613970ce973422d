import GRDB

/// Reads SQLite's errors as ``RegistryError``s. Constraint messages name the constraint (a `CHECK`
/// is named after its field) or the columns (`UNIQUE constraint failed: communes.statistics_code`),
/// which is all that is needed to name the field; the record being written supplies the rest.
enum DatabaseErrorMapping {
    /// The registry error for `error`, raised while writing a record of kind `entity` (`row`, when
    /// the record is at hand, supplies the values an error names).
    static func registryError(_ error: any Error, entity: RegistryEntity, row: RegistryRow? = nil) -> RegistryError {
        if let error = error as? RegistryError { return error }
        guard let error = error as? DatabaseError else { return .storageFailed(String(describing: error)) }
        let message = error.message ?? ""
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            return uniqueViolation(columns: columns(in: message), entity: entity, row: row)
        case .SQLITE_CONSTRAINT_CHECK:
            let field = message.components(separatedBy: ": ").last ?? ""
            return RegistryRules.violation(entity, field)
        case .SQLITE_CONSTRAINT_NOTNULL:
            let column = columns(in: message).first?.column ?? ""
            return .constraintViolated(entity: entity, field: fieldName(column), reason: "is required")
        case .SQLITE_CONSTRAINT_TRIGGER where message == RegistryRules.codePeriodsMessage:
            if case .commune(let commune) = row { return .duplicateStatisticsCode(commune.statisticsCode) }
            return .constraintViolated(entity: .commune, field: "statisticsCode", reason: "another commune has this code in an overlapping period")
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return .constraintViolated(
                entity: entity, field: "reference",
                reason: "refers to a record that does not exist, or is still referred to by another record")
        default:
            break
        }
        switch error.resultCode {
        case .SQLITE_FULL:
            return .diskFull
        case .SQLITE_CONSTRAINT:
            return .constraintViolated(entity: entity, field: "", reason: message)
        default:
            return .storageFailed(failureReason(error))
        }
    }

    /// `UNIQUE constraint failed: communities.commune_id, communities.name_key` → its columns.
    private static func columns(in message: String) -> [(table: String, column: String)] {
        guard let colon = message.range(of: ": ") else { return [] }
        return message[colon.upperBound...].split(separator: ",").compactMap { part in
            let pieces = part.trimmingCharacters(in: .whitespaces).split(separator: ".")
            guard pieces.count == 2 else { return nil }
            return (String(pieces[0]), String(pieces[1]))
        }
    }

    private static func uniqueViolation(
        columns: [(table: String, column: String)], entity: RegistryEntity, row: RegistryRow?
    ) -> RegistryError {
        let table = columns.first?.table ?? ""
        let names = Set(columns.map(\.column))
        if table == "communes", names.contains("statistics_code") {
            if case .commune(let commune) = row { return .duplicateStatisticsCode(commune.statisticsCode) }
            return .constraintViolated(entity: .commune, field: "statisticsCode", reason: "another commune already has this statistics code")
        }
        if names == ["id"] {
            return .constraintViolated(entity: entity, field: "id", reason: "another \(entity.rawValue) already has this id")
        }
        switch (table, names) {
        case ("communities", _):
            return .constraintViolated(entity: entity, field: "name",
                reason: "another community of this commune has the same name (ignoring case and marks)")
        case ("households", _):
            return .constraintViolated(entity: entity, field: "code", reason: "another household of this community has this code")
        case ("clan_households", _):
            return .constraintViolated(entity: entity, field: "householdID", reason: "the household is already a member of this clan")
        case ("unit_staff", _):
            return .constraintViolated(entity: entity, field: "personID", reason: "the person is already on this unit's staff")
        case ("evidence", _):
            return .constraintViolated(entity: entity, field: "year", reason: "evidence for this subject and year is already stored")
        default:
            return .constraintViolated(entity: entity, field: columns.map { fieldName($0.column) }.joined(separator: ", "),
                reason: "another record has the same value")
        }
    }

    /// The registry error for a failure that breaks no rule of a record: a read, opening the
    /// database, a batch's own statements. Only the storage can have failed.
    static func storageError(_ error: any Error) -> RegistryError {
        if let error = error as? RegistryError { return error }
        guard let error = error as? DatabaseError else { return .storageFailed(String(describing: error)) }
        if error.resultCode == .SQLITE_FULL { return .diskFull }
        return .storageFailed(failureReason(error))
    }

    /// SQLite's message and code, with what they mean for the state folder when the folder is the
    /// likely cause: one that turned read-only, or refuses a new file.
    static func failureReason(_ error: DatabaseError) -> String {
        let what = "\(error.message ?? "") (SQLite error \(error.extendedResultCode.rawValue))"
        switch error.resultCode {
        case .SQLITE_READONLY:
            return "the state folder or the registry file is read-only, \(what); nothing was written: make it writable again, then write again"
        case .SQLITE_IOERR:
            return "the state folder's disk failed to write, \(what); nothing was written: its file system may have turned read-only after an error (see the kernel log)"
        case .SQLITE_CANTOPEN, .SQLITE_PERM:
            return "a file in the state folder cannot be created or opened, \(what): the folder may be read-only or out of inodes"
        default:
            return what
        }
    }

    /// `birth_year` → `birthYear`, `merged_into_id` → `mergedInto`, `household_id` → `householdID`.
    static func fieldName(_ column: String) -> String {
        if column == "merged_into_id" { return "mergedInto" }
        var parts = column.split(separator: "_").map(String.init)
        if parts.count > 1, parts.last == "id" { parts[parts.count - 1] = "ID" }
        guard let first = parts.first else { return column }
        return first + parts.dropFirst().map { $0 == "ID" ? $0 : $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
