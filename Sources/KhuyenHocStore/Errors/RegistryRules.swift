/// The rules a record must keep, in words. The schema enforces each one with a `CHECK` constraint
/// named after the field; the store checks them first so that a caller learns which field and why,
/// and reads a constraint that still fails (a row written by another program) through ``reason(for:)``.
enum RegistryRules {
    static let maximumNameLength = 200
    static let birthYears = 1900...2100
    static let evaluationYears = 2000...2100

    /// The condition under which the commune `new` (a trigger's `NEW`) and the commune `old` share a
    /// statistics code in overlapping periods; an open end (NULL) reaches to the start or end of time.
    /// One code may name several communes one after another (a merged commune may take over the code
    /// of one it replaced), never two at once.
    static func codePeriodsOverlap(new: String, old: String) -> String {
        "\(old).statistics_code = \(new).statistics_code"
            + " AND (\(old).valid_until IS NULL OR \(new).valid_from IS NULL OR \(old).valid_until >= \(new).valid_from)"
            + " AND (\(new).valid_until IS NULL OR \(old).valid_from IS NULL OR \(new).valid_until >= \(old).valid_from)"
    }

    /// The message of the trigger that enforces ``codePeriodsOverlap(new:old:)``, which
    /// `DatabaseErrorMapping` reads back as ``RegistryError/duplicateStatisticsCode(_:)``.
    static let codePeriodsMessage = "statisticsCode: another commune has this code in an overlapping period"

    /// Why a value of `field` is refused.
    static func reason(for field: String) -> String {
        reasons[field] ?? "breaks the registry's rule for this field"
    }

    private static let reasons: [String: String] = [
        "statisticsCode": "must be the commune's 5-digit statistics code (mã đơn vị hành chính), such as 10144",
        "name": "must not be empty and must be at most \(maximumNameLength) characters",
        "kind": "is not one of the kinds the registry knows",
        "validFrom": "must be a date written YYYY-MM-DD",
        "validUntil": "must be a date written YYYY-MM-DD, not before validFrom",
        "mergedInto": "must be another commune; a commune cannot be merged into itself",
        "mergedOn": "must be a date written YYYY-MM-DD, given together with mergedInto and only with it",
        "code": "must be at most 50 characters",
        "birthYear": "must be a year from \(birthYears.lowerBound) to \(birthYears.upperBound)",
        "sex": "must be female or male",
        "targetGroup": "must be the id of a target group (letters and digits, such as farmers), at most 40 characters",
        "resultsAverageOrBetter": "can be true only for a person in school (inSchool)",
        "role": "must be at most 100 characters",
        "year": "must be a year from \(evaluationYears.lowerBound) to \(evaluationYears.upperBound)",
        "facts": "must be a JSON object",
        "result": "must be a JSON object",
        "enteredBy": "must be a user id from 0 to 4294967295",
        "enteredAt": "must be an instant written in RFC 3339",
        "evaluatedAt": "must be an instant written in RFC 3339",
        "rubricVersion": "must not be empty and must be at most 40 characters",
        "total": "must be a number of 0 or more",
        "grade": "must not be empty and must be at most 40 characters when given",
        "model": "must be one of citizen, family, clan, community, unit",
        "lastID": "must not be less than firstID",
        "source": "must say where the records came from",
    ]

    /// Optional text as stored: NFC, white space tidied, and nil when nothing is left (an empty
    /// spreadsheet cell means "not given").
    static func optionalText(_ text: String?) -> String? {
        guard let text else { return nil }
        let normalized = VietnameseText.normalized(text)
        return normalized.isEmpty ? nil : normalized
    }

    static func violation(_ entity: RegistryEntity, _ field: String) -> RegistryError {
        .constraintViolated(entity: entity, field: field, reason: reason(for: field))
    }

    static func checkName(_ name: String, of entity: RegistryEntity) throws(RegistryError) {
        // Counted as SQLite's length() counts: in code points.
        let count = VietnameseText.normalized(name).unicodeScalars.count
        guard count > 0, count <= maximumNameLength else { throw violation(entity, "name") }
    }

    static func checkText(_ text: String?, of entity: RegistryEntity, field: String, maximum: Int) throws(RegistryError) {
        guard let text = optionalText(text) else { return }
        guard text.unicodeScalars.count <= maximum else { throw violation(entity, field) }
    }

    static func checkYear(_ year: Int, of entity: RegistryEntity) throws(RegistryError) {
        guard evaluationYears.contains(year) else { throw violation(entity, "year") }
    }
}
