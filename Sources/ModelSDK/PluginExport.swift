import Foundation
import KhuyenHocPluginABI
#if canImport(Glibc)
import Glibc
#endif

/// Exports a `LearningModel` through the C entry point of `khuyenhoc_plugin.h`.
///
/// A plugin's whole glue is:
/// ```swift
/// @_cdecl("khuyenhoc_plugin_entry")
/// public func khuyenhocPluginEntry() -> UnsafeRawPointer { MyPlugin.manifest }
/// enum MyPlugin {
///     nonisolated(unsafe) static let manifest = PluginExport.manifest(modelID: "my", loading: { try MyModel() })
/// }
/// ```
public enum PluginExport {
    /// Builds the plugin's static manifest. Call it once, from a `static let`.
    ///
    /// When `loading` throws (say, the embedded rubric does not decode), every table function
    /// answers `KHUYENHOC_STATUS_INTERNAL_ERROR` with the reason, and the host reports the plugin
    /// as failed instead of crashing.
    public static func manifest(modelID: String, loading: () throws -> any LearningModel) -> UnsafeRawPointer {
        exportedModel = Result { try loading() }
        let table = UnsafeMutablePointer<khuyenhoc_model_table_v1>.allocate(capacity: 1)
        table.initialize(to: khuyenhoc_model_table_v1(
            describe: { out, length in
                PluginExport.answer(out, length) { try PluginExport.encode(PluginExport.model.modelDescription) }
            },
            evaluate: { input, inputLength, out, length in
                PluginExport.answer(out, length) {
                    let request = try PluginExport.decode(EvaluateRequest.self, input, inputLength)
                    return try PluginExport.encode(PluginExport.model.evaluate(facts: request.facts, year: request.year))
                }
            },
            evaluate_batch: { input, inputLength, out, length in
                PluginExport.answer(out, length) {
                    let batch = try PluginExport.decode(BatchRequest.self, input, inputLength)
                    return try PluginExport.encode(PluginExport.evaluate(batch, with: PluginExport.model))
                }
            },
            free_buffer: { buffer in free(buffer) }))
        let manifest = UnsafeMutablePointer<khuyenhoc_plugin_manifest>.allocate(capacity: 1)
        manifest.initialize(to: khuyenhoc_plugin_manifest(
            abi_version: KHUYENHOC_PLUGIN_ABI_VERSION,
            toolchain: UnsafePointer(strdup(Toolchain.name)),
            model_id: UnsafePointer(strdup(modelID)),
            table: UnsafeRawPointer(table)))
        return UnsafeRawPointer(manifest)
    }

    /// Set once by `manifest(for:)` before the host can call the table.
    nonisolated(unsafe) private static var exportedModel: Result<any LearningModel, any Error>?

    private static var model: any LearningModel {
        get throws {
            guard let exportedModel else { throw PluginLoadError(reason: "the plugin has not been initialised") }
            return try exportedModel.get()
        }
    }

    private static func evaluate(_ batch: BatchRequest, with model: any LearningModel) -> BatchReply {
        BatchReply(results: batch.subjects.map { subject in
            do {
                let facts = try JSONEncoder().encode(subject.facts)
                return BatchReply.Entry(result: try model.evaluate(facts: facts, year: subject.year), error: nil)
            } catch let error as InvalidFacts {
                return BatchReply.Entry(result: nil, error: error)
            } catch {
                return BatchReply.Entry(result: nil, error: InvalidFacts(field: "facts", reason: "\(error)"))
            }
        })
    }

    /// Runs `body` and hands its JSON (or the error's) to the host in a malloc'd buffer.
    private static func answer(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ length: UnsafeMutablePointer<Int>?,
        _ body: () throws -> Data
    ) -> Int32 {
        let status: khuyenhoc_status
        let payload: Data
        do {
            payload = try body()
            status = KHUYENHOC_STATUS_OK
        } catch let error as InvalidFacts {
            payload = (try? JSONEncoder().encode(error)) ?? Data()
            status = KHUYENHOC_STATUS_INVALID_INPUT
        } catch {
            payload = (try? JSONEncoder().encode(["reason": "\(error)"])) ?? Data()
            status = KHUYENHOC_STATUS_INTERNAL_ERROR
        }
        let buffer = malloc(max(payload.count, 1))!.assumingMemoryBound(to: CChar.self)
        payload.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { memcpy(buffer, base, payload.count) }
        }
        out?.pointee = buffer
        length?.pointee = payload.count
        return Int32(status.rawValue)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ input: UnsafePointer<CChar>?, _ length: Int) throws -> T {
        guard let input else { throw InvalidFacts(field: "facts", reason: "no input") }
        let data = Data(bytes: input, count: length)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw InvalidFacts(decodingError: error)
        }
    }

    private static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return try encoder.encode(value)
    }
}

/// `{"facts": {...}, "year": int?}` with the facts kept as raw JSON for the model to decode.
private struct EvaluateRequest: Decodable {
    var facts: Data
    var year: Int?

    enum CodingKeys: String, CodingKey { case facts, year }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        facts = try JSONEncoder().encode(container.decode(AnyJSON.self, forKey: .facts))
        year = try container.decodeIfPresent(Int.self, forKey: .year)
    }
}

private struct BatchRequest: Decodable {
    struct Subject: Decodable {
        var facts: AnyJSON
        var year: Int?
    }
    var subjects: [Subject]
}

private struct BatchReply: Encodable {
    struct Entry: Encodable {
        var result: EvaluationResult?
        var error: InvalidFacts?
    }
    var results: [Entry]
}
