/// What a roll-up needs of a subject's latest result: whether it holds the title, and the digest
/// of the inputs it was computed from (nil for a result stored without one).
public struct LatestOutcome: Sendable, Hashable {
    public var recognized: Bool
    public var inputsDigest: String?

    public init(recognized: Bool, inputsDigest: String?) {
        self.recognized = recognized
        self.inputsDigest = inputsDigest
    }
}
