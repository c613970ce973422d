import ModelSDK

/// The plugin's C entry point (`khuyenhoc_plugin.h`).
@_cdecl("khuyenhoc_plugin_entry")
public func khuyenhocPluginEntry() -> UnsafeRawPointer {
    ClanPlugin.manifest
}

/// Builds the manifest once; the default rubric is embedded from `rubric.json`.
enum ClanPlugin {
    /// Written once by Swift's lazy global initialisation, then only read.
    nonisolated(unsafe) static let manifest = PluginExport.manifest(for: ClanModel.self)
}
