import Foundation
import KhuyenHocThreads
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
            measures: Model.measures, activeVersion: set.active(asOf: RubricSelection.currentYear()).document.version,
            rubrics: set.documents))
    }

    func evaluate(_ input: Data) throws -> OwnedBytes {
        let request = try ModelJSON.decode(EvaluateRequest<Model.Facts>.self, from: input)
        var writer = JSONWriter(capacity: 4096)
        try evaluate(request, asOf: RubricSelection.currentYear()).write(to: &writer, key: nil)
        return writer.take()
    }

    /// Evaluates a batch on every core the process may use: the subjects are split into chunks,
    /// each decoded, scored and written on its own, then joined into one answer in order. On one
    /// core the answer is written in place, without the join.
    func evaluateBatch(_ input: Data) throws -> OwnedBytes {
        let subjects = try BatchInput.subjects(in: input)
        let currentYear = RubricSelection.currentYear()
        let chunks = BatchChunks(count: subjects.count)
        if chunks.count == 1 {
            var writer = JSONWriter(capacity: 4096)
            writer.openObject()
            writer.openArray("results")
            writeResults(of: subjects, in: 0..<subjects.count, asOf: currentYear, into: &writer)
            writer.closeArray()
            writer.closeObject()
            return writer.take()
        }
        let parts = UnsafeMutableBufferPointer<OwnedBytes>.allocate(capacity: chunks.count)
        defer { parts.deallocate() }
        nonisolated(unsafe) let output = parts
        ParallelLoop.perform(iterations: chunks.count) { chunk in
            var writer = JSONWriter(capacity: 4096)
            writer.openElements()
            writeResults(of: subjects, in: chunks.range(chunk), asOf: currentYear, into: &writer)
            writer.closeElements()
            (output.baseAddress! + chunk).initialize(to: writer.take())
        }
        return OwnedBytes.joining(Array(parts), prefix: "{\"results\":[", separator: ",", suffix: "]}")
    }

    /// `{"result": …}` or `{"error": {"field", "reason"}}` for each subject in `range`.
    private func writeResults(of subjects: [JSONNode], in range: Range<Int>, asOf currentYear: Int, into writer: inout JSONWriter) {
        for index in range {
            writer.openObject()
            do throws(InvalidFacts) {
                let request = try BatchInput.request(EvaluateRequest<Model.Facts>.self, from: subjects[index])
                try evaluate(request, asOf: currentYear).write(to: &writer, key: "result")
            } catch {
                writer.openObject("error")
                writer.field("field", error.field)
                writer.field("reason", error.reason)
                writer.closeObject()
            }
            writer.closeObject()
            // Size the buffer once, from the first result, so a big batch is not moved as it grows.
            if index == range.lowerBound { writer.reserve(totalBytes: writer.count * range.count * 11 / 10) }
        }
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

    private func evaluate(_ request: EvaluateRequest<Model.Facts>, asOf currentYear: Int) throws(InvalidFacts) -> EvaluationResult {
        let entry = try rubrics.withLock { set throws(InvalidFacts) in
            try set.entry(version: request.rubricVersion, year: request.year, asOf: currentYear)
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
