/// What a batch wrote, by kind of record.
public struct BatchSummary: Sendable, Hashable {
    /// Rows written, by kind; kinds with none are left out.
    public var written: [RegistryEntity: Int]

    public init(written: [RegistryEntity: Int] = [:]) {
        self.written = written
    }

    /// All rows written.
    public var total: Int { written.values.reduce(0, +) }
}
