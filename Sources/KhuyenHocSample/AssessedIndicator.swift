/// One indicator a model's rubric takes as given (not derived from members): its id in the
/// rubric, and the value assessed for the subject.
public struct AssessedIndicator: Sendable, Hashable {
    /// The indicator id of the model's rubric, e.g. `"learningResources"`.
    public let id: String
    public let value: AssessedValue

    public init(_ id: String, _ value: AssessedValue) {
        self.id = id
        self.value = value
    }
}
