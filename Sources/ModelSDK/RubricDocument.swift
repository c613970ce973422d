import Foundation

/// A model's rubric as it is held in data: a rubric file, or a default a plugin ships.
///
/// The same document serves every variant; `rubric(variant:)` resolves one. Files are read with
/// `RubricFileReader`, which checks every field; the `Codable` conformance carries documents
/// between plugin, host and clients.
public struct RubricDocument: Codable, Sendable, Equatable {
    public var model: String
    /// A name for this edition, e.g. "2015" or "2022.1"; evaluations can ask for it by name.
    public var version: String
    /// The first year this rubric applies to; nil when it has no start.
    public var appliesFrom: Int?
    /// The last year this rubric applies to; nil while it is in force.
    public var appliesUntil: Int?
    public var basis: RubricBasis
    public var recognition: RecognitionRule
    public var variants: [RubricVariant]
    /// `built-in`, or the rubric file it was read from.
    public var origin: String

    public init(
        model: String, version: String, appliesFrom: Int? = nil, appliesUntil: Int? = nil, basis: RubricBasis,
        recognition: RecognitionRule, variants: [RubricVariant], origin: String = RubricDocument.builtIn
    ) {
        self.model = model
        self.version = version
        self.appliesFrom = appliesFrom
        self.appliesUntil = appliesUntil
        self.basis = basis
        self.recognition = recognition
        self.variants = variants
        self.origin = origin
    }

    /// The origin of the rubrics a plugin ships.
    public static let builtIn = "built-in"

    /// Whether the rubric applies to `year`.
    public func applies(to year: Int) -> Bool {
        (appliesFrom.map { $0 <= year } ?? true) && (appliesUntil.map { year <= $0 } ?? true)
    }

    /// The years it applies to, as a person writes them: "2016–2020", "2022–", "all years".
    public var yearsDescription: String {
        switch (appliesFrom, appliesUntil) {
        case (nil, nil): "all years"
        case (let from?, nil): "\(from)–"
        case (nil, let until?): "–\(until)"
        case (let from?, let until?): from == until ? "\(from)" : "\(from)–\(until)"
        }
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
                reason: variant.map { "\"\($0)\" is not a variant of the \(model) rubric \(version); use one of: \(known)" }
                    ?? "the \(model) rubric \(version) has several variants; name one of: \(known)")
        }
        return Rubric(
            model: model, variant: chosen.id, title: chosen.title, titleVi: chosen.titleVi, version: version,
            appliesFrom: appliesFrom, appliesUntil: appliesUntil, basis: basis, origin: origin,
            recognition: recognition, criteria: chosen.criteria)
    }
}
