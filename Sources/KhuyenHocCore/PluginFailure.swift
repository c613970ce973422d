/// Why a plugin call failed, in the plugin's words.
struct PluginFailure: Error {
    var reason: String
}
