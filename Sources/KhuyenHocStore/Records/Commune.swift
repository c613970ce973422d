import GRDB

/// A commune, ward or township (cấp xã), identified by its statistics code. Communes change:
/// a merged commune keeps its record, with `mergedInto` and `mergedOn`, so that everything recorded
/// under it stays reachable (DOMAIN.md §7).
///
/// ```swift
/// let thanhThuy = Commune(statisticsCode: "10144", name: "Thanh Thùy")
/// ```
public struct Commune: Codable, Sendable, Hashable {
    public var id: Int64?
    /// The 5-digit code of the General Statistics Office (mã đơn vị hành chính): unique among
    /// communes whose periods overlap, since a later commune may take over the code of one it
    /// replaced (xã Cao Xuân Dương carries Cao Dương's 10174).
    public var statisticsCode: String
    /// The name without its kind: `Thanh Thùy`, `Kim Bài`. Stored in NFC.
    public var name: String
    public var kind: CommuneKind
    /// The first day the commune existed, when known.
    public var validFrom: CalendarDate?
    /// The last day the commune existed, when it no longer does.
    public var validUntil: CalendarDate?
    /// The commune this one was merged into.
    public var mergedInto: Int64?
    /// The day the merge took effect.
    public var mergedOn: CalendarDate?

    public init(
        id: Int64? = nil, statisticsCode: String, name: String, kind: CommuneKind = .commune,
        validFrom: CalendarDate? = nil, validUntil: CalendarDate? = nil,
        mergedInto: Int64? = nil, mergedOn: CalendarDate? = nil
    ) {
        self.id = id
        self.statisticsCode = statisticsCode
        self.name = VietnameseText.normalized(name)
        self.kind = kind
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.mergedInto = mergedInto
        self.mergedOn = mergedOn
    }

    /// Whether the commune existed on `date`.
    public func existed(on date: CalendarDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validUntil.map { date <= $0 } ?? true)
    }
}

extension Commune: RegistryRecord {
    public static let databaseTableName = "communes"
    static let entity = RegistryEntity.commune

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        statisticsCode = try row.decode(forColumn: "statistics_code")
        name = try row.decode(forColumn: "name")
        kind = try row.decode(forColumn: "kind")
        validFrom = try row.decode(forColumn: "valid_from")
        validUntil = try row.decode(forColumn: "valid_until")
        mergedInto = try row.decode(forColumn: "merged_into_id")
        mergedOn = try row.decode(forColumn: "merged_on")
    }

    static let columns = [
        "id", "statistics_code", "name", "name_key", "sort_key", "kind", "valid_from", "valid_until",
        "merged_into_id", "merged_on",
    ]

    var values: [(any DatabaseValueConvertible)?] {
        let name = VietnameseText.normalized(self.name)
        return [
            id,
            statisticsCode,
            name,
            VietnameseText.searchKey(name),
            VietnameseText.sortKey(name),
            kind,
            validFrom,
            validUntil,
            mergedInto,
            mergedOn,
        ]
    }

    public func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, values) { container[column] = value }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func validate() throws(RegistryError) {
        guard statisticsCode.utf8.count == 5, statisticsCode.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw RegistryRules.violation(.commune, "statisticsCode")
        }
        try RegistryRules.checkName(name, of: .commune)
        if let validFrom, let validUntil, validUntil < validFrom { throw RegistryRules.violation(.commune, "validUntil") }
        if (mergedInto == nil) != (mergedOn == nil) { throw RegistryRules.violation(.commune, "mergedOn") }
        if let mergedInto, mergedInto == id { throw RegistryRules.violation(.commune, "mergedInto") }
    }

    var references: [(entity: RegistryEntity, id: Int64)] {
        mergedInto.map { [(.commune, $0)] } ?? []
    }
}
