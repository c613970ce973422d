import Foundation
import GRDB

/// One evaluation of a subject for a year, as a plugin returned it, with the rubric version used.
/// Results are never replaced: each evaluation adds one, so history stays (the latest counts).
public struct StoredResult: Codable, Sendable, Hashable {
    public var id: Int64?
    public var model: RegistryModel
    /// The id of the record evaluated (``RegistryModel/subject``).
    public var subjectID: Int64
    public var year: Int
    /// The version of the rubric the result was scored under: `2022.1`.
    public var rubricVersion: String
    public var recognized: Bool
    public var total: Double
    /// The grade id, when the rubric has grades and the subject reached one.
    public var grade: String?
    /// The whole result as the plugin returned it: a JSON object.
    public var result: String
    /// When the evaluation ran; kept to the millisecond.
    public var evaluatedAt: Date

    public init(
        id: Int64? = nil, model: RegistryModel, subjectID: Int64, year: Int, rubricVersion: String,
        recognized: Bool, total: Double, grade: String? = nil, result: String, evaluatedAt: Date
    ) {
        self.id = id
        self.model = model
        self.subjectID = subjectID
        self.year = year
        self.rubricVersion = rubricVersion
        self.recognized = recognized
        self.total = total
        self.grade = grade
        self.result = result
        self.evaluatedAt = Timestamp.truncated(evaluatedAt)
    }
}

extension StoredResult: RegistryRecord {
    public static let databaseTableName = "results"
    static let entity = RegistryEntity.result

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        model = try row.decode(forColumn: "model")
        subjectID = try row.decode(forColumn: "subject_id")
        year = try row.decode(forColumn: "year")
        rubricVersion = try row.decode(forColumn: "rubric_version")
        recognized = try row.decode(forColumn: "recognized")
        total = try row.decode(forColumn: "total")
        grade = try row.decode(forColumn: "grade")
        result = try row.decode(forColumn: "result")
        let instant: String = try row.decode(forColumn: "evaluated_at")
        guard let evaluatedAt = Timestamp.date(from: instant) else {
            throw RegistryError.constraintViolated(entity: .result, field: "evaluatedAt", reason: RegistryRules.reason(for: "evaluatedAt"))
        }
        self.evaluatedAt = evaluatedAt
    }

    static let columns = [
        "id", "model", "subject_id", "year", "rubric_version", "recognized", "total", "grade", "result",
        "evaluated_at",
    ]

    var values: [(any DatabaseValueConvertible)?] {
        return [
            id,
            model,
            subjectID,
            year,
            rubricVersion,
            recognized,
            total,
            grade,
            result,
            Timestamp.string(from: evaluatedAt),
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func validate() throws(RegistryError) {
        try RegistryRules.checkYear(year, of: .result)
        guard (1...40).contains(rubricVersion.unicodeScalars.count), !rubricVersion.allSatisfy(\.isWhitespace) else {
            throw RegistryRules.violation(.result, "rubricVersion")
        }
        guard total.isFinite, total >= 0 else { throw RegistryRules.violation(.result, "total") }
        if let grade, !(1...40).contains(grade.unicodeScalars.count) { throw RegistryRules.violation(.result, "grade") }
    }

    var references: [(entity: RegistryEntity, id: Int64)] { [(model.subject, subjectID)] }
}
