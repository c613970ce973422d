/// The facts one subject is scored from, as a model's plugin reads them.
///
/// A model's facts give some indicators' values directly (under `givenField`) and carry the data
/// the plugin derives the others from (say, a household's members); `measures()` derives those.
public protocol SubjectFacts: Decodable {
    /// The facts key naming the rubric variant: `targetGroup` for citizens, `variant` elsewhere.
    static var variantField: String { get }
    /// The facts key of the values given per indicator: `scores` for citizens, `indicators` elsewhere.
    static var givenField: String { get }
    /// The variant the facts name; nil for a single-variant rubric.
    var variant: String? { get }
    /// Values given directly, by indicator id.
    var given: [String: IndicatorValue] { get }
    /// Every measure of the model, derived from the facts. Throws `InvalidFacts` naming the field
    /// when the data is impossible (a member aged -3, more literate adults than adults).
    func measures() throws(InvalidFacts) -> [String: MeasuredValue]
}

extension SubjectFacts {
    public static var variantField: String { "variant" }
    public static var givenField: String { "indicators" }
    public func measures() throws(InvalidFacts) -> [String: MeasuredValue] { [:] }
}
