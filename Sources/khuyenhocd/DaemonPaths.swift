import Foundation

/// Where the daemon keeps its socket, state and plugins when no flag says otherwise
/// (ARCHITECTURE.md, Names).
struct DaemonPaths {
    let environment: [String: String]
    let executable: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment,
         executable: URL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()) {
        self.environment = environment
        self.executable = executable
    }

    /// `$XDG_RUNTIME_DIR/khuyenhoc/khuyenhocd.sock` for a user, `/run/khuyenhoc/khuyenhocd.sock` for the system.
    func socket(for mode: DaemonMode) -> String {
        switch mode {
        case .system:
            return "/run/khuyenhoc/khuyenhocd.sock"
        case .user:
            let runtime = environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "/run/user/\(getuid())"
            return "\(runtime)/khuyenhoc/khuyenhocd.sock"
        }
    }

    /// `$STATE_DIRECTORY`, else `$XDG_STATE_HOME/khuyenhoc` (or `~/.local/state/khuyenhoc` for a
    /// user), else `/var/lib/khuyenhoc`.
    func stateDirectory(for mode: DaemonMode) -> String {
        if let systemd = environment["STATE_DIRECTORY"], !systemd.isEmpty {
            // systemd may pass several, colon-separated; the first is ours.
            return String(systemd.split(separator: ":").first ?? Substring(systemd))
        }
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return "\(xdg)/khuyenhoc" }
        if mode == .user, let home = environment["HOME"], !home.isEmpty { return "\(home)/.local/state/khuyenhoc" }
        return "/var/lib/khuyenhoc"
    }

    /// `/etc/khuyenhoc/khuyenhocd.json` for the system, `$XDG_CONFIG_HOME/khuyenhoc/khuyenhocd.json`
    /// (or `~/.config/khuyenhoc/khuyenhocd.json`) for a user.
    func configFile(for mode: DaemonMode) -> String {
        if mode == .user {
            if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return "\(xdg)/khuyenhoc/khuyenhocd.json" }
            if let home = environment["HOME"], !home.isEmpty { return "\(home)/.config/khuyenhoc/khuyenhocd.json" }
        }
        return "/etc/khuyenhoc/khuyenhocd.json"
    }

    /// `rubrics/` beside the mode's config file: `/etc/khuyenhoc/rubrics` for the system,
    /// `$XDG_CONFIG_HOME/khuyenhoc/rubrics` (or `~/.config/khuyenhoc/rubrics`) for a user.
    func rubricDirectory(for mode: DaemonMode) -> String {
        (configFile(for: mode) as NSString).deletingLastPathComponent + "/rubrics"
    }

    /// The installed `lib/khuyenhoc/models` beside `bin/`, or in a build tree the products folder.
    func pluginDirectory() -> String {
        let binDirectory = executable.deletingLastPathComponent()
        let installed = binDirectory.deletingLastPathComponent().appendingPathComponent("lib/khuyenhoc/models")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: installed.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return installed.path
        }
        return binDirectory.path
    }
}
