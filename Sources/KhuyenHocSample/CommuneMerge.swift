/// A recorded merge of communes into a new one. **Real event**; where its day is not known the
/// record says so (`effectiveDateAssumed`).
public struct CommuneMerge: SampleRecord, Hashable {
    /// The statistics codes of the communes merged away, as they were before the merge.
    public let predecessors: [String]
    /// The statistics code of the commune they became.
    public let successor: String
    /// The first day of the new commune.
    public let effective: CalendarDate
    /// `true` when `effective` is an assumption rather than a sourced day.
    public let effectiveDateAssumed: Bool
    /// What the record rests on, and what in it is assumed.
    public let basis: String

    public init(predecessors: [String], successor: String, effective: CalendarDate, effectiveDateAssumed: Bool, basis: String) {
        self.predecessors = predecessors
        self.successor = successor
        self.effective = effective
        self.effectiveDateAssumed = effectiveDateAssumed
        self.basis = basis
    }

    /// Real data: always `false`.
    public var synthetic: Bool { false }
}
