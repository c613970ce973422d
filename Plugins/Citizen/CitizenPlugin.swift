import Foundation
import ModelSDK

/// The plugin's C entry point (`khuyenhoc_plugin.h`).
@_cdecl("khuyenhoc_plugin_entry")
public func khuyenhocPluginEntry() -> UnsafeRawPointer {
    CitizenPlugin.manifest
}

/// Builds the manifest once, with the default rubric embedded from `rubric.json`.
enum CitizenPlugin {
    /// Written once by Swift's lazy global initialisation, then only read.
    nonisolated(unsafe) static let manifest = PluginExport.manifest(modelID: "citizen") {
        try CitizenModel(rubric: try RubricDocument.decode(Data(PackageResources.rubric_json)))
    }
}
