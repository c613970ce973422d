/// The reads and writes a roll-up (evaluating a district bottom-up) needs in bulk: the registry's
/// layout in one pass, every piece of evidence and every latest result of a model for a year, and
/// many results stored in one transaction. Kept apart from ``RegistryStore`` so that the record
/// API stays narrow; a server database implements both.
public protocol RollUpStore: RegistryStore {
    /// Who belongs where: communities, households, people, clans and units with their links.
    func layout() async throws(RegistryError) -> RegistryLayout
    /// The facts of every piece of evidence of `model` for `year`, by subject id.
    func evidenceFacts(model: RegistryModel, year: Int) async throws(RegistryError) -> [Int64: String]
    /// The latest result of every subject of `model` evaluated for `year`, by subject id.
    func latestOutcomes(model: RegistryModel, year: Int) async throws(RegistryError) -> [Int64: LatestOutcome]
    /// The part of the layout a subject's result depends on, and nothing else: the subject's
    /// record; a household's members; a clan's member households and their members; a
    /// community's households, the clans with a household in it, those clans' member households,
    /// and the members of all those households; a unit's staff and their person records.
    func layout(around model: RegistryModel, id: Int64) async throws(RegistryError) -> RegistryLayout
    /// The facts of the evidence of `model` for `year` of the given subjects only, by subject id.
    func evidenceFacts(model: RegistryModel, year: Int, subjects: [Int64]) async throws(RegistryError) -> [Int64: String]
    /// The latest result of `model` for `year` of the given subjects only, by subject id.
    func latestOutcomes(model: RegistryModel, year: Int, subjects: [Int64]) async throws(RegistryError) -> [Int64: LatestOutcome]
    /// Turns the registry's automatic checkpoints off (`true`) while a roll-up appends its results,
    /// or back on; ``checkpoint()`` then copies what the roll-up wrote into the database file at once.
    func suspendCheckpoints(_ suspended: Bool) async throws(RegistryError)
    /// Copies the write-ahead log into the database file and empties it.
    func checkpoint() async throws(RegistryError)
    /// Adds the results, each with the digest of the inputs it was computed from, in one
    /// transaction: all of them or none.
    func storeResults(_ results: [DigestedResult]) async throws(RegistryError)
}
