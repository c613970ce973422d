import Foundation
import GRDB

/// What was entered about one subject for one year: the facts a model's plugin takes (for a
/// citizen, the self-assessment scores), and who entered them and when. One per model, subject
/// and year; entering again replaces it.
public struct Evidence: Codable, Sendable, Hashable {
    public var id: Int64?
    public var model: RegistryModel
    /// The id of the record the model evaluates (``RegistryModel/subject``).
    public var subjectID: Int64
    public var year: Int
    /// The facts as a JSON object, in the model's facts format.
    public var facts: String
    /// The uid of the user who entered them (the caller's peer credentials).
    public var enteredBy: UInt32
    /// When they were entered; kept to the millisecond.
    public var enteredAt: Date

    public init(id: Int64? = nil, model: RegistryModel, subjectID: Int64, year: Int, facts: String, enteredBy: UInt32, enteredAt: Date) {
        self.id = id
        self.model = model
        self.subjectID = subjectID
        self.year = year
        self.facts = facts
        self.enteredBy = enteredBy
        self.enteredAt = Timestamp.truncated(enteredAt)
    }
}

extension Evidence: RegistryRecord {
    public static let databaseTableName = "evidence"
    static let entity = RegistryEntity.evidence

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        model = try row.decode(forColumn: "model")
        subjectID = try row.decode(forColumn: "subject_id")
        year = try row.decode(forColumn: "year")
        facts = try row.decode(forColumn: "facts")
        let uid: Int64 = try row.decode(forColumn: "entered_by")
        enteredBy = UInt32(clamping: uid)
        let instant: String = try row.decode(forColumn: "entered_at")
        guard let enteredAt = Timestamp.date(from: instant) else {
            throw RegistryError.constraintViolated(entity: .evidence, field: "enteredAt", reason: RegistryRules.reason(for: "enteredAt"))
        }
        self.enteredAt = enteredAt
    }

    static let columns = ["id", "model", "subject_id", "year", "facts", "entered_by", "entered_at"]

    var values: [(any DatabaseValueConvertible)?] {
        return [
            id,
            model,
            subjectID,
            year,
            facts,
            Int64(enteredBy),
            Timestamp.string(from: enteredAt),
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func validate() throws(RegistryError) {
        try RegistryRules.checkYear(year, of: .evidence)
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(model.subject, subjectID)] }
}
