/// Sizes that cannot make a district: what is wrong, in words.
public struct SampleScaleError: Error, Sendable, Hashable, CustomStringConvertible {
    public let reason: String

    public var description: String { reason }
}
