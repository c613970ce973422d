import ModelSDK

/// The plugin's C entry point (`khuyenhoc_plugin.h`).
@_cdecl("khuyenhoc_plugin_entry")
public func khuyenhocPluginEntry() -> UnsafeRawPointer {
    FamilyPlugin.manifest
}

/// Builds the manifest once; the built-in rubrics are embedded from `rubric-2015.json` and
/// `rubric-2022.json`.
enum FamilyPlugin {
    /// Written once by Swift's lazy global initialisation, then only read.
    nonisolated(unsafe) static let manifest = PluginExport.manifest(for: FamilyModel.self)
}
