/// A learning model as a plugin implements it: what is particular to the model. The scoring,
/// rubric files and the C boundary are ModelSDK's (`PluginExport.manifest(for:)`).
public protocol LearningModel: Sendable {
    /// The facts one subject is scored from, decoded straight from the host's JSON.
    associatedtype Facts: SubjectFacts

    /// `citizen`, `family`, `clan`, `community` or `unit`.
    static var id: String { get }
    static var title: String { get }
    static var titleVi: String { get }
    /// Models whose results this one's facts carry; the host evaluates those first.
    static var dependsOn: [String] { get }
    /// The values the plugin derives from the facts, which rubric indicators may score.
    static var measures: [MeasureDefinition] { get }
    /// The rubric files the plugin ships (JSON text), read like any rubric file at load.
    static var defaultRubrics: [(name: String, json: [UInt8])] { get }
}

extension LearningModel {
    public static var dependsOn: [String] { [] }
    public static var measures: [MeasureDefinition] { [] }
}
