import Foundation

/// A learning model as a plugin implements it. The plugin exports it through
/// `PluginExport.manifest(modelID:loading:)`; only JSON crosses to the host.
public protocol LearningModel: Sendable {
    /// The facts one subject is scored from, decoded straight from the host's JSON.
    associatedtype Facts: Decodable

    /// Names, dependencies and the active rubric.
    var modelDescription: ModelDescription { get }

    /// Scores one subject. Throws `InvalidFacts` naming the field at fault.
    func evaluate(_ facts: Facts, year: Int?) throws(InvalidFacts) -> EvaluationResult
}
