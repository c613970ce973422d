import Foundation

/// A model's rubric as it is held in data: a rubric file, or the default a plugin ships.
///
/// The same document serves every variant; `rubric(variant:)` resolves one.
public struct RubricDocument: Codable, Sendable, Equatable {
    public var model: String
    public var version: String
    public var basis: RubricBasis
    public var recognition: RecognitionRule
    public var variants: [RubricVariant]

    public init(model: String, version: String, basis: RubricBasis, recognition: RecognitionRule, variants: [RubricVariant]) {
        self.model = model
        self.version = version
        self.basis = basis
        self.recognition = recognition
        self.variants = variants
    }

    /// Decodes a document from JSON text.
    public static func decode(_ data: Data) throws -> RubricDocument {
        try JSONDecoder().decode(RubricDocument.self, from: data)
    }

    /// The rubric of one variant; nil picks the only variant of a single-form model.
    public func rubric(variant: String?) throws(InvalidFacts) -> Rubric {
        let chosen: RubricVariant?
        if let variant {
            chosen = variants.first { $0.id == variant }
        } else {
            chosen = variants.count == 1 ? variants.first : nil
        }
        guard let chosen else {
            let known = variants.map(\.id).joined(separator: ", ")
            throw InvalidFacts(
                field: "variant",
                reason: variant.map { "\"\($0)\" is not a variant of \(model); use one of: \(known)" }
                    ?? "\(model) has several variants; name one of: \(known)")
        }
        return Rubric(model: model, variant: chosen.id, title: chosen.title, titleVi: chosen.titleVi,
                      version: version, basis: basis, recognition: recognition, criteria: chosen.criteria)
    }
}
