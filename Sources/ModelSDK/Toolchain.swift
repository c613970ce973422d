/// The compiler that built this plugin, compiled into the plugin itself (ModelSDK is linked
/// statically into every plugin), so the host sees the plugin's toolchain, not its own.
enum Toolchain {
    static var name: String {
        #if compiler(>=6.4)
        "Swift 6.4 or later"
        #elseif compiler(>=6.3)
        "Swift 6.3"
        #elseif compiler(>=6.2)
        "Swift 6.2"
        #else
        "Swift 6.1 or earlier"
        #endif
    }
}
