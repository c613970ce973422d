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
///     nonisolated(unsafe) static let manifest = PluginExport.manifest(for: MyModel.self)
/// }
/// ```
public enum PluginExport {
    /// Builds the plugin's static manifest. Call it once, from a `static let`.
    ///
    /// When the model cannot start (say, a built-in rubric fails its checks), every table
    /// function answers `KHUYENHOC_STATUS_INTERNAL_ERROR` with the reason, and the host reports
    /// the plugin as failed instead of crashing.
    public static func manifest<Model: LearningModel>(for model: Model.Type) -> UnsafeRawPointer {
        exported = Result { ExportedModel(try ModelRuntime<Model>()) }
        let table = UnsafeMutablePointer<khuyenhoc_model_table_v2>.allocate(capacity: 1)
        table.initialize(to: khuyenhoc_model_table_v2(
            describe: { out, length in
                PluginExport.answer(out, length) { try PluginExport.model().describe() }
            },
            evaluate: { input, inputLength, out, length in
                PluginExport.answer(out, length) { try PluginExport.model().evaluate(PluginExport.data(input, inputLength)) }
            },
            evaluate_batch: { input, inputLength, out, length in
                PluginExport.answer(out, length) { try PluginExport.model().evaluateBatch(PluginExport.data(input, inputLength)) }
            },
            configure: { input, inputLength, out, length in
                PluginExport.answer(out, length) { try PluginExport.model().configure(PluginExport.data(input, inputLength)) }
            },
            free_buffer: { buffer in free(buffer) }))
        let manifest = UnsafeMutablePointer<khuyenhoc_plugin_manifest>.allocate(capacity: 1)
        manifest.initialize(to: khuyenhoc_plugin_manifest(
            abi_version: KHUYENHOC_PLUGIN_ABI_VERSION,
            toolchain: UnsafePointer(strdup(Toolchain.name)),
            model_id: UnsafePointer(strdup(Model.id)),
            table: UnsafeRawPointer(table)))
        return UnsafeRawPointer(manifest)
    }

    /// Set once by `manifest(modelID:loading:)` before the host can call the table.
    nonisolated(unsafe) private static var exported: Result<ExportedModel, any Error>?

    private static func model() throws -> ExportedModel {
        guard let exported else { throw PluginLoadError(reason: "the plugin has not been initialised") }
        return try exported.get()
    }

    /// The host's input, borrowed for the call: no copy.
    private static func data(_ input: UnsafePointer<CChar>?, _ length: Int) throws -> Data {
        guard let input else { throw InvalidFacts(field: "facts", reason: "no input") }
        return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: input), count: length, deallocator: .none)
    }

    /// Runs `body` and hands its JSON (or the error's) to the host in a malloc'd buffer.
    private static func answer(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ length: UnsafeMutablePointer<Int>?,
        _ body: () throws -> OwnedBytes
    ) -> Int32 {
        let status: khuyenhoc_status
        let payload: OwnedBytes
        do {
            payload = try body()
            status = KHUYENHOC_STATUS_OK
        } catch let error as InvalidFacts {
            payload = OwnedBytes(copying: (try? ModelJSON.encode(error)) ?? Data())
            status = KHUYENHOC_STATUS_INVALID_INPUT
        } catch {
            payload = OwnedBytes(copying: (try? ModelJSON.encode(["reason": "\(error)"])) ?? Data())
            status = KHUYENHOC_STATUS_INTERNAL_ERROR
        }
        out?.pointee = UnsafeMutableRawPointer(payload.pointer).assumingMemoryBound(to: CChar.self)
        length?.pointee = payload.count
        return Int32(status.rawValue)
    }
}
