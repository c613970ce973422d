import Foundation
import Synchronization

/// A model at work inside its plugin: its rubrics in force and the JSON calls the C table makes.
final class ModelRuntime<Model: LearningModel>: Sendable {
    private let rubrics: Mutex<RubricSet>

    /// Reads the plugin's built-in rubrics with the same checks as a rubric file.
    init() throws {
        var documents: [RubricDocument] = []
        for (name, json) in Model.defaultRubrics {
            do {
                var document = try RubricFileReader.read(Data(json), origin: name, model: Model.id, measures: Model.measures)
                document.origin = RubricDocument.builtIn
                documents.append(document)
            } catch {
                throw PluginLoadError(reason: "the built-in rubric \(name) is invalid: \(error.problems.map(\.description).joined(separator: "; "))")
            }
        }
        guard !documents.isEmpty else { throw PluginLoadError(reason: "the plugin ships no rubric") }
        rubrics = Mutex(RubricSet(builtIns: documents))
    }

    func describe() throws -> Data {
        let set = rubrics.withLock { $0 }
        return try ModelJSON.encode(ModelDescription(
            id: Model.id, title: Model.title, titleVi: Model.titleVi, dependsOn: Model.dependsOn,
            measures: Model.measures, activeVersion: set.active.document.version, rubrics: set.documents))
    }

    func evaluate(_ input: Data) throws -> Data {
        let request = try ModelJSON.decode(EvaluateRequest<Model.Facts>.self, from: input)
        return try evaluate(request).jsonData()
    }

    func evaluateBatch(_ input: Data) throws -> Data {
        let batch = try ModelJSON.decode(BatchRequest<Model.Facts>.self, from: input)
        var writer = JSONWriter(capacity: batch.subjects.count * 1024)
        writer.openObject()
        writer.openArray("results")
        for subject in batch.subjects {
            writer.openObject()
            do {
                try evaluate(subject.request.get()).write(to: &writer, key: "result")
            } catch {
                writer.openObject("error")
                writer.field("field", error.field)
                writer.field("reason", error.reason)
                writer.closeObject()
            }
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
        return writer.data
    }

    /// `{"files": [{"file", "text"}…], "dryRun": bool?}` → `{"files": [verdict…]}`. Without
    /// `dryRun` the files replace those given before.
    func configure(_ input: Data) throws -> Data {
        let request = try ModelJSON.decode(ConfigureRequest.self, from: input)
        let verdicts = if request.dryRun ?? false {
            RubricSet.check(request.files, model: Model.id, measures: Model.measures)
        } else {
            rubrics.withLock { $0.install(request.files, model: Model.id, measures: Model.measures) }
        }
        return try ModelJSON.encode(ConfigureReply(files: verdicts))
    }

    private func evaluate(_ request: EvaluateRequest<Model.Facts>) throws(InvalidFacts) -> EvaluationResult {
        let entry = try rubrics.withLock { set throws(InvalidFacts) in
            try set.entry(version: request.rubricVersion, year: request.year)
        }
        let facts = request.facts
        let scorer: RubricScorer
        if let variant = facts.variant {
            guard let found = entry.scorers[variant] else {
                throw InvalidFacts(
                    field: Model.Facts.variantField,
                    reason: "\"\(variant)\" is not a variant of the \(Model.id) rubric \(entry.document.version); use one of: "
                        + entry.document.variants.map(\.id).joined(separator: ", "))
            }
            scorer = found
        } else {
            guard entry.document.variants.count == 1, let only = entry.scorers.values.first else {
                throw InvalidFacts(
                    field: Model.Facts.variantField,
                    reason: "missing: the \(Model.id) rubric \(entry.document.version) has several variants; name one of: "
                        + entry.document.variants.map(\.id).joined(separator: ", "))
            }
            scorer = only
        }
        let measured = scorer.usesMeasures ? try facts.measures() : [:]
        return try scorer.score(
            given: facts.given, measured: measured, givenField: Model.Facts.givenField, year: request.year,
            partial: request.partial ?? false)
    }
}

/// `{"facts": {...}, "year": int?, "rubricVersion": string?, "partial": bool?}`.
struct EvaluateRequest<Facts: Decodable>: Decodable {
    var facts: Facts
    var year: Int?
    var rubricVersion: String?
    var partial: Bool?
}

/// `{"subjects": [{"facts", "year", …}…]}`; a subject whose facts do not decode fails alone.
struct BatchRequest<Facts: Decodable>: Decodable {
    struct Subject: Decodable {
        var request: Result<EvaluateRequest<Facts>, InvalidFacts>

        init(from decoder: any Decoder) throws {
            do {
                request = .success(try EvaluateRequest<Facts>(from: decoder))
            } catch let error as DecodingError {
                request = .failure(InvalidFacts(decodingError: error, below: decoder.codingPath))
            }
        }
    }

    var subjects: [Subject]
}

struct ConfigureRequest: Decodable {
    var files: [RubricFileInput]
    var dryRun: Bool?
}

struct ConfigureReply: Encodable {
    var files: [RubricFileVerdict]
}

/// The JSON coders of the plugin side.
enum ModelJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Decodes the host's request; a decoding error becomes `InvalidFacts` in the facts' terms.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw InvalidFacts(decodingError: error)
        }
    }
}
