/// A result to store with the digest of the inputs (composed facts and rubric version) it was
/// computed from: a later roll-up whose inputs have the same digest leaves the subject alone.
public struct DigestedResult: Sendable, Hashable {
    public var result: StoredResult
    public var inputsDigest: String

    public init(result: StoredResult, inputsDigest: String) {
        self.result = result
        self.inputsDigest = inputsDigest
    }
}
