import CPluginGuard
import Foundation
import KhuyenHocAPI
import KhuyenHocPluginABI
#if canImport(Glibc)
import Glibc
#endif

/// Opens one plugin file safely: ELF check, `dlopen(RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)`,
/// the entry symbol, the ABI version, then the description. Never `dlclose`.
public enum PluginLoader {
    /// The file name prefix and suffix of a model plugin: `libKhuyenHoc<Model>.so`.
    public static let filePrefix = "libKhuyenHoc"
    public static let fileSuffix = ".so"

    /// The model id a plugin file name promises: `libKhuyenHocCitizen.so` → `citizen`.
    public static func modelID(forFileName name: String) -> String? {
        guard name.hasPrefix(filePrefix), name.hasSuffix(fileSuffix) else { return nil }
        let stem = name.dropFirst(filePrefix.count).dropLast(fileSuffix.count)
        guard let first = stem.first else { return nil }
        return first.lowercased() + stem.dropFirst()
    }

    /// Loads the plugin at `file`; a plugin that cannot serve comes back `failed` with the reason.
    /// `identity` is the file's as checked against its crash history (read now when nil); the
    /// crash guard records it if the library crashes while loading or in any call later.
    public static func load(_ file: URL, identity: PluginFileIdentity? = nil) -> LoadedModel {
        let expectedID = modelID(forFileName: file.lastPathComponent) ?? file.lastPathComponent
        var info = ModelInfo(
            id: expectedID, title: expectedID, titleVi: expectedID, state: .failed, error: nil, file: file.path,
            abiVersion: nil, toolchain: nil, rubricVersion: nil, basis: nil, variants: [], dependsOn: [])
        func failed(_ reason: String) -> LoadedModel {
            info.error = reason
            return LoadedModel(info: info, description: nil, plugin: nil)
        }
        if let problem = ELFCheck.problem(with: file) { return failed(problem) }
        let site = site(model: expectedID, identity: identity ?? PluginFileIdentity.of(file.path))
        // dlopen runs the library's initializers: plugin code already.
        var guarded = khuyenhoc_guard_enter(site, Int32(bitPattern: KHUYENHOC_GUARD_LOADING.rawValue))
        let opened = dlopen(file.path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)
        khuyenhoc_guard_leave(guarded)
        guard let handle = opened else {
            return failed("the library cannot be loaded: \(dlerror().map { String(cString: $0) } ?? "unknown error")")
        }
        khuyenhoc_guard_site_map(site, handle)
        guard let symbol = dlsym(handle, KHUYENHOC_PLUGIN_ENTRY_SYMBOL) else {
            return failed("not a KhuyenHoc plugin: it has no \(KHUYENHOC_PLUGIN_ENTRY_SYMBOL) symbol")
        }
        let entry = unsafeBitCast(symbol, to: khuyenhoc_plugin_entry_fn.self)
        guarded = khuyenhoc_guard_enter(site, Int32(bitPattern: KHUYENHOC_GUARD_LOADING.rawValue))
        let returned = entry()
        khuyenhoc_guard_leave(guarded)
        guard let manifest = returned?.pointee else { return failed("the plugin's entry point returned nothing") }
        info.abiVersion = Int(manifest.abi_version)
        info.toolchain = manifest.toolchain.map { String(cString: $0) }
        guard manifest.abi_version == KHUYENHOC_PLUGIN_ABI_VERSION else {
            return failed("built for plugin ABI version \(manifest.abi_version); this daemon speaks version "
                + "\(KHUYENHOC_PLUGIN_ABI_VERSION). Rebuild the plugin against this daemon's khuyenhoc_plugin.h")
        }
        let reportedID = manifest.model_id.map { String(cString: $0) } ?? ""
        guard reportedID == expectedID else {
            return failed("the file name promises model \"\(expectedID)\" but the plugin serves \"\(reportedID)\"")
        }
        guard let table = manifest.table?.assumingMemoryBound(to: khuyenhoc_model_table_v2.self).pointee,
              table.describe != nil, table.evaluate != nil, table.evaluate_batch != nil, table.configure != nil,
              table.free_buffer != nil
        else { return failed("the plugin's function table is incomplete") }
        return describe(LoadedModel(info: info, description: nil, plugin: ModelPlugin(table: table, site: site)))
    }

    /// The crash guard's record of this file, kept for the life of the process (as the library is).
    private static func site(model: String, identity: PluginFileIdentity?) -> UnsafePointer<khuyenhoc_guard_site>? {
        let identity = identity ?? PluginFileIdentity(device: 0, inode: 0, size: 0, modified: 0)
        return khuyenhoc_guard_site_make(
            model, identity.device, identity.inode, identity.size,
            identity.modified / 1_000_000_000, identity.modified % 1_000_000_000)
    }

    /// Asks a loaded plugin to describe itself again (after a reload of its rubric data).
    public static func reload(_ model: LoadedModel) -> LoadedModel {
        describe(model)
    }

    private static func describe(_ model: LoadedModel) -> LoadedModel {
        var model = model
        guard let plugin = model.plugin else { return model }
        func failed(_ reason: String) -> LoadedModel {
            model.info.state = .failed
            model.info.error = reason
            model.plugin = nil
            model.description = nil
            return model
        }
        var description: ModelDescription
        switch plugin.describe() {
        case .success(let json):
            do {
                description = try JSONDecoder().decode(ModelDescription.self, from: json)
            } catch {
                return failed("the plugin's description is not valid: \(error)")
            }
        case .invalidInput(let json), .failure(let json):
            return failed("the plugin could not describe itself: \(PluginReason.text(json))")
        }
        // Selection by version or year expects oldest first; a plugin not built on ModelSDK may
        // list its rubrics in any order.
        description.rubrics = RubricSelection.sorted(description.rubrics)
        guard description.activeRubric != nil else {
            return failed("the plugin's active rubric \"\(description.activeVersion)\" is not among its rubrics")
        }
        model.info.title = description.title
        model.info.titleVi = description.titleVi
        model.info.state = .loaded
        model.info.error = nil
        let active = description.activeRubric
        model.info.rubricVersion = active?.version
        model.info.basis = active?.basis
        model.info.variants = (active?.variants ?? []).map { VariantInfo(id: $0.id, title: $0.title, titleVi: $0.titleVi) }
        model.info.dependsOn = description.dependsOn
        model.info.rubrics = description.rubrics.map { RubricSummary($0, activeVersion: description.activeVersion) }
        model.info.measures = description.measures
        model.description = description
        return model
    }
}

/// The `reason` a plugin gave in its error JSON, or the raw text.
enum PluginReason {
    static func text(_ json: Data) -> String {
        if let object = try? JSONDecoder().decode([String: String].self, from: json), let reason = object["reason"] {
            return reason
        }
        return String(decoding: json, as: UTF8.self)
    }
}
