/// One row of a batch that could not be written, and why.
public struct RejectedRow: Sendable, Hashable {
    /// Position of the row in the batch, counted from 0.
    public var index: Int
    public var error: RegistryError

    public init(index: Int, error: RegistryError) {
        self.index = index
        self.error = error
    }
}
