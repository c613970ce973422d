import Foundation

/// A model seen through JSON only: what the C table's functions call.
struct ExportedModel: Sendable {
    let describe: @Sendable () throws -> Data
    let evaluate: @Sendable (Data) throws -> Data
    let evaluateBatch: @Sendable (Data) throws -> Data

    init<Model: LearningModel>(_ model: Model) {
        describe = { try ModelJSON.encode(model.modelDescription) }
        evaluate = { input in
            let request = try ModelJSON.decode(EvaluateRequest<Model.Facts>.self, from: input)
            return try model.evaluate(request.facts, year: request.year).jsonData()
        }
        evaluateBatch = { input in
            let batch = try ModelJSON.decode(BatchRequest<Model.Facts>.self, from: input)
            let results = batch.subjects.map { subject -> BatchReply.Entry in
                do {
                    let request = try subject.request.get()
                    return BatchReply.Entry(result: try model.evaluate(request.facts, year: request.year), error: nil)
                } catch let error as InvalidFacts {
                    return BatchReply.Entry(result: nil, error: error)
                } catch {
                    return BatchReply.Entry(result: nil, error: InvalidFacts(field: "facts", reason: "\(error)"))
                }
            }
            return try ModelJSON.encode(BatchReply(results: results))
        }
    }
}

/// `{"facts": {...}, "year": int?}`, with the facts decoded as the model's own type.
struct EvaluateRequest<Facts: Decodable>: Decodable {
    var facts: Facts
    var year: Int?
}

/// `{"subjects": [{"facts", "year"}…]}`; a subject whose facts do not decode fails alone.
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

/// `{"results": [{"result": …} | {"error": {"field", "reason"}}…]}`, in the order of the subjects.
struct BatchReply: Encodable {
    struct Entry: Encodable {
        var result: EvaluationResult?
        var error: InvalidFacts?
    }

    var results: [Entry]
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
