import Foundation

/// A learning model as a plugin implements it. The plugin exports it through
/// `PluginExport.manifest(for:)`; only JSON crosses to the host.
public protocol LearningModel: Sendable {
    /// Names, dependencies and the active rubric.
    var modelDescription: ModelDescription { get }

    /// Scores one subject's facts (UTF-8 JSON). Throws `InvalidFacts` naming the field at fault.
    func evaluate(facts: Data, year: Int?) throws(InvalidFacts) -> EvaluationResult
}

extension LearningModel {
    /// Decodes facts as `F`, turning a decoding error into `InvalidFacts` that names the field.
    public func decodeFacts<F: Decodable>(_ type: F.Type, from facts: Data) throws(InvalidFacts) -> F {
        do {
            return try JSONDecoder().decode(F.self, from: facts)
        } catch let error as DecodingError {
            throw InvalidFacts(decodingError: error)
        } catch {
            throw InvalidFacts(field: "facts", reason: "not a JSON object: \(error)")
        }
    }
}

extension InvalidFacts {
    /// The field and reason of a decoding error, in words.
    init(decodingError error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            self.init(field: parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)", reason: "missing")
        case .typeMismatch(let type, let context):
            self.init(field: path(context.codingPath).ifEmpty("facts"), reason: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(field: path(context.codingPath).ifEmpty("facts"), reason: "expected \(Self.describe(type)), got null")
        case .dataCorrupted(let context):
            self.init(field: path(context.codingPath).ifEmpty("facts"), reason: context.debugDescription)
        @unknown default:
            self.init(field: "facts", reason: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "an object"
        }
    }
}

extension String {
    fileprivate func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
