import Foundation

/// The district registry as the daemon uses it: communes and their communities, households,
/// people, clans and units; evidence per subject and year; and stored results with their history
/// (issue 4). The daemon depends on this protocol only, so a server database can replace SQLite
/// when one machine is outgrown (ARCHITECTURE.md decision 6); ``SQLiteRegistryStore`` is the
/// embedded implementation.
///
/// Every method that writes does so in one transaction: it writes all of its change or none. Names
/// are stored in NFC; lists are in Vietnamese alphabetical order (people by given name) and paged
/// with ``PageRequest``; a `name` filter matches ignoring case and marks (``VietnameseText``).
///
/// ```swift
/// let store = try SQLiteRegistryStore(path: stateFolder + "/registry.sqlite")
/// let commune = try await store.addCommune(Commune(statisticsCode: "10144", name: "Thanh Thùy"))
/// let found = try await store.communes(CommuneQuery(name: "thanh thuy"), page: .first())
/// ```
public protocol RegistryStore: Sendable {
    // MARK: Communes

    /// Adds a commune (with the id given, or a new one) and returns it as stored.
    func addCommune(_ commune: Commune) async throws(RegistryError) -> Commune
    /// Replaces the commune with the same id.
    func updateCommune(_ commune: Commune) async throws(RegistryError) -> Commune
    /// The commune with this id, merged or not.
    func commune(id: Int64) async throws(RegistryError) -> Commune
    /// The commune with this statistics code that existed on `date`; without a date, the latest
    /// commune with the code (a code may be reused after a merge). Nil when there is none.
    func commune(statisticsCode: String, on date: CalendarDate?) async throws(RegistryError) -> Commune?
    /// The communes the query selects, in Vietnamese order of their names.
    func communes(_ query: CommuneQuery, page: PageRequest) async throws(RegistryError) -> Page<Commune>
    /// Records that `communeIDs` were merged into `target` on `date`: each of them gets `mergedInto`,
    /// `mergedOn` and a `validUntil` of the day before; the target gets `validFrom` when it had none.
    /// Returns the merged communes as stored.
    func recordMerge(of communeIDs: [Int64], into target: Int64, on date: CalendarDate) async throws(RegistryError) -> [Commune]

    // MARK: Communities

    /// Adds a village or urban block to its commune.
    func addCommunity(_ community: Community) async throws(RegistryError) -> Community
    /// Replaces the community with the same id.
    func updateCommunity(_ community: Community) async throws(RegistryError) -> Community
    func community(id: Int64) async throws(RegistryError) -> Community
    /// The communities the query selects, in Vietnamese order of their names.
    func communities(_ query: CommunityQuery, page: PageRequest) async throws(RegistryError) -> Page<Community>

    // MARK: Households and people

    /// Adds a household with its members (their `householdID` is set to the new household's).
    func addHousehold(_ household: Household, members: [Person]) async throws(RegistryError) -> HouseholdWithMembers
    /// Replaces the household with the same id; its members are left as they are.
    func updateHousehold(_ household: Household) async throws(RegistryError) -> Household
    /// The household with everyone living in it.
    func household(id: Int64) async throws(RegistryError) -> HouseholdWithMembers
    /// The households the query selects, with their members, in Vietnamese order of their names.
    func households(_ query: HouseholdQuery, page: PageRequest) async throws(RegistryError) -> Page<HouseholdWithMembers>
    /// Adds a person, to a household or (staff only) to none.
    func addPerson(_ person: Person) async throws(RegistryError) -> Person
    /// Replaces the person with the same id; moving them to another household is an update.
    func updatePerson(_ person: Person) async throws(RegistryError) -> Person
    func person(id: Int64) async throws(RegistryError) -> Person
    /// The people the query selects, by given name, then family and middle names.
    func people(_ query: PersonQuery, page: PageRequest) async throws(RegistryError) -> Page<Person>

    // MARK: Clans

    /// Adds a clan recorded by a commune; its households are added with ``addClanMembers(clanID:householdIDs:)``.
    func addClan(_ clan: Clan) async throws(RegistryError) -> Clan
    /// Replaces the clan with the same id.
    func updateClan(_ clan: Clan) async throws(RegistryError) -> Clan
    func clan(id: Int64) async throws(RegistryError) -> Clan
    /// The clans the query selects, in Vietnamese order of their names. A clan's households are
    /// listed by ``households(_:page:)`` with ``HouseholdQuery/clanID``.
    func clans(_ query: ClanQuery, page: PageRequest) async throws(RegistryError) -> Page<Clan>
    /// Adds households to a clan; a household already in it stays as it is.
    func addClanMembers(clanID: Int64, householdIDs: [Int64]) async throws(RegistryError)
    /// Removes a household from a clan.
    func removeClanMember(clanID: Int64, householdID: Int64) async throws(RegistryError)

    // MARK: Units

    /// Adds an agency, school, enterprise or cooperative of a commune.
    func addUnit(_ unit: Unit) async throws(RegistryError) -> Unit
    /// Replaces the unit with the same id.
    func updateUnit(_ unit: Unit) async throws(RegistryError) -> Unit
    func unit(id: Int64) async throws(RegistryError) -> Unit
    /// The units the query selects, in Vietnamese order of their names.
    func units(_ query: UnitQuery, page: PageRequest) async throws(RegistryError) -> Page<Unit>
    /// Puts a person on a unit's staff, or updates their place there.
    func putStaffMember(_ member: UnitStaffMember) async throws(RegistryError) -> UnitStaffMember
    /// Takes a person off a unit's staff.
    func removeStaffMember(unitID: Int64, personID: Int64) async throws(RegistryError)
    /// The unit's staff, in order of their names.
    func staff(unitID: Int64, page: PageRequest) async throws(RegistryError) -> Page<StaffMember>

    // MARK: Evidence

    /// Stores the evidence for its model, subject and year, replacing what was there.
    func putEvidence(_ evidence: Evidence) async throws(RegistryError) -> Evidence
    /// The evidence for one subject and year, or nil when none was entered.
    func evidence(model: RegistryModel, subjectID: Int64, year: Int) async throws(RegistryError) -> Evidence?
    /// All evidence of a model for a year, by subject id.
    func evidence(model: RegistryModel, year: Int, page: PageRequest) async throws(RegistryError) -> Page<Evidence>

    // MARK: Results

    /// Adds a result; earlier results of the subject and year stay as history.
    func storeResult(_ result: StoredResult) async throws(RegistryError) -> StoredResult
    /// The subject's latest result for the year, or nil when it was never evaluated.
    func latestResult(model: RegistryModel, subjectID: Int64, year: Int) async throws(RegistryError) -> StoredResult?
    /// Every result of the subject, newest first; only those of `year` when given.
    func results(model: RegistryModel, subjectID: Int64, year: Int?) async throws(RegistryError) -> [StoredResult]

    // MARK: Reports

    /// Counts each ``ProgressMeasure``'s subjects in each group of communes for the query's year:
    /// all of them, those with evidence for the year, with a result, and whose latest result is
    /// recognised. Groups with no subject of a measure have no entry for it.
    func progressCounts(_ query: ProgressQuery) async throws(RegistryError) -> [Int64: [ProgressMeasure: ProgressTally]]

    // MARK: Origins

    /// Where the registry's runs of records came from, in the order they were recorded; a batch
    /// records them with ``RegistryRow/origin(_:)``.
    func origins() async throws(RegistryError) -> [RecordOrigin]

    // MARK: Batches

    /// Writes many rows in one transaction, for imports: all of them or, when any row is refused,
    /// none (``RegistryError/batchRejected(rows:more:)`` lists the refused rows, up to `maxErrors`).
    /// The rows are read once, as they are written, so a streaming source keeps memory flat.
    func insertBatch(_ rows: sending some Sequence<RegistryRow>, maxErrors: Int) async throws(RegistryError) -> BatchSummary

    // MARK: Transfer (import, export, backup)

    /// Writes the rows of `source` in one transaction, as ``insertBatch(_:maxErrors:)`` does, and
    /// then keeps them only when no row was refused, the source did not fail
    /// (``BatchSource/failed``) and this is not a `dryRun`; otherwise it rolls back. Returns what
    /// was (or, rolled back, would have been) written; refused rows throw
    /// ``RegistryError/batchRejected(rows:more:)``.
    func insertBatch(from source: sending some BatchSource, maxErrors: Int, dryRun: Bool) async throws(RegistryError) -> BatchSummary
    /// Every record of one kind as batch rows, in the order of its key (the id; for clan members
    /// and staff, the clan's or unit's id then the household's or person's), a page at a time:
    /// what an export reads. Kinds: every kind but ``RegistryEntity/recordOrigin``.
    func rows(of entity: RegistryEntity, page: PageRequest) async throws(RegistryError) -> Page<RegistryRow>
    /// Writes a consistent copy of the whole registry, as of one moment, to a new database file at
    /// `path` (which must not exist), while others go on reading and writing.
    func backup(to path: String) async throws(RegistryError)
}

extension RegistryStore {
    /// The latest commune with this statistics code, or nil.
    public func commune(statisticsCode: String) async throws(RegistryError) -> Commune? {
        try await commune(statisticsCode: statisticsCode, on: nil)
    }

    /// Writes many rows in one transaction, reporting at most 100 refused rows.
    public func insertBatch(_ rows: sending some Sequence<RegistryRow>) async throws(RegistryError) -> BatchSummary {
        try await insertBatch(rows, maxErrors: 100)
    }
}
