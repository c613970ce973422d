import KhuyenHocStore

/// The deadlines a caller asks about: those of some communes and of one model. The district's
/// deadlines concern every commune, and a deadline of no model every model, so they always pass.
struct ReminderFilter: Sendable, Hashable {
    /// Nil for every commune.
    var communeIDs: Set<Int64>?
    /// Nil for every model.
    var model: RegistryModel?

    static let everything = ReminderFilter(communeIDs: nil, model: nil)

    /// The same selection, as the store's query takes it.
    var store: DeadlineFilter {
        DeadlineFilter(communeIDs: communeIDs.map { $0.sorted() }, model: model)
    }

    func includes(_ scope: DeadlineScope) -> Bool {
        if let communeIDs, let id = scope.communeID, !communeIDs.contains(id) { return false }
        if let model, let own = scope.model, own != model { return false }
        return true
    }
}
