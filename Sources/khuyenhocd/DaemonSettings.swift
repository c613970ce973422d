import Foundation
import Logging
import Varlink

/// The daemon's settings as one source gives them: the config file or the command line.
/// Every field is optional; `overlaid(by:)` lets the command line beat the file.
struct DaemonSettings: Codable, Equatable, Sendable {
    var socket: String?
    var stateDirectory: String?
    var pluginDirectory: String?
    var rubricDirectory: String?
    var adminGroup: String?
    var socketGroup: String?
    var socketMode: String?
    var maxConnections: Int?
    var idleTimeout: Int?
    var maxFrameSize: Int?
    var logLevel: String?
    /// Fill a new registry with the sample district (default: true in user mode, false in system mode).
    var loadSample: Bool?
    /// Show reminders as desktop notifications on the session bus (default: true in user mode;
    /// system mode has no session: `khuyenhoc reminders agent` does it for each user).
    var desktopNotifications: Bool?
    /// A command (program and arguments, no shell) run for each reminder with it as JSON on stdin.
    var reminderHook: [String]?
    /// Seconds the hook command may run before it is killed (default 10).
    var reminderHookTimeout: Int?
    /// Seconds between tries to record a due reminder while the store fails (a full or read-only
    /// state folder): the reminder is delivered within this long of the storage coming back
    /// (default 10).
    var reminderRetry: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case socket, stateDirectory, pluginDirectory, rubricDirectory, adminGroup, socketGroup, socketMode
        case maxConnections, idleTimeout, maxFrameSize, logLevel, loadSample
        case desktopNotifications, reminderHook, reminderHookTimeout, reminderRetry
    }

    /// These settings with every field `other` sets replaced by `other`'s.
    func overlaid(by other: DaemonSettings) -> DaemonSettings {
        DaemonSettings(
            socket: other.socket ?? socket,
            stateDirectory: other.stateDirectory ?? stateDirectory,
            pluginDirectory: other.pluginDirectory ?? pluginDirectory,
            rubricDirectory: other.rubricDirectory ?? rubricDirectory,
            adminGroup: other.adminGroup ?? adminGroup,
            socketGroup: other.socketGroup ?? socketGroup,
            socketMode: other.socketMode ?? socketMode,
            maxConnections: other.maxConnections ?? maxConnections,
            idleTimeout: other.idleTimeout ?? idleTimeout,
            maxFrameSize: other.maxFrameSize ?? maxFrameSize,
            logLevel: other.logLevel ?? logLevel,
            loadSample: other.loadSample ?? loadSample,
            desktopNotifications: other.desktopNotifications ?? desktopNotifications,
            reminderHook: other.reminderHook ?? reminderHook,
            reminderHookTimeout: other.reminderHookTimeout ?? reminderHookTimeout,
            reminderRetry: other.reminderRetry ?? reminderRetry)
    }

    /// Reads a JSON config file. A missing file is empty settings when `required` is false.
    /// Unknown keys, wrong types and out-of-range values are refused, naming the key.
    static func load(_ path: String, required: Bool) throws(DaemonError) -> DaemonSettings {
        guard let data = FileManager.default.contents(atPath: path) else {
            if !required, !FileManager.default.fileExists(atPath: path) { return DaemonSettings() }
            throw .configuration(path, "cannot be read")
        }
        let settings: DaemonSettings
        do {
            let keys = try JSONDecoder().decode([String: JSONValue].self, from: data).keys
            let known = Set(CodingKeys.allCases.map(\.stringValue))
            if let unknown = keys.sorted().first(where: { !known.contains($0) }) {
                throw DaemonError.configuration(path, "unknown setting \"\(unknown)\"; known: \(known.sorted().joined(separator: ", "))")
            }
            settings = try JSONDecoder().decode(DaemonSettings.self, from: data)
        } catch let error as DaemonError {
            throw error
        } catch DecodingError.typeMismatch(let type, let context) {
            throw .configuration(path, "\(context.codingPath.map(\.stringValue).joined(separator: ".")) must be \(expected(type))")
        } catch {
            throw .configuration(path, "is not a JSON object of settings")
        }
        try settings.validate(source: path)
        return settings
    }

    /// What a setting of `type` must be, in words (a list is reported as an array of anything).
    private static func expected(_ type: Any.Type) -> String {
        if type == Int.self { return "a whole number" }
        if type == Bool.self { return "true or false" }
        if "\(type)".hasPrefix("Array") { return "a list of strings" }
        return "a string"
    }

    /// Checks the values' ranges; `source` names the file or the command line in the error.
    func validate(source: String) throws(DaemonError) {
        for (key, path) in [("stateDirectory", stateDirectory), ("pluginDirectory", pluginDirectory), ("rubricDirectory", rubricDirectory)] {
            if let path, path.trimmingCharacters(in: .whitespaces).isEmpty { throw .configuration(source, "\(key) must not be empty") }
        }
        if let maxConnections, maxConnections < 1 { throw .configuration(source, "maxConnections must be at least 1") }
        if let idleTimeout, idleTimeout < 1 { throw .configuration(source, "idleTimeout must be at least 1 second") }
        if let maxFrameSize, maxFrameSize < 1024 { throw .configuration(source, "maxFrameSize must be at least 1024 bytes") }
        if let logLevel, Logger.Level(rawValue: logLevel) == nil {
            throw .configuration(source, "logLevel \"\(logLevel)\" is not one of trace, debug, info, notice, warning, error, critical")
        }
        if let reminderHook, reminderHook.first.map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true {
            throw .configuration(source, "reminderHook must be a program and its arguments, such as [\"/usr/local/bin/send-sms\", \"--to\", \"0912345678\"]")
        }
        if let reminderHookTimeout, !(1...600).contains(reminderHookTimeout) {
            throw .configuration(source, "reminderHookTimeout must be between 1 and 600 seconds")
        }
        if let reminderRetry, !(1...600).contains(reminderRetry) {
            throw .configuration(source, "reminderRetry must be between 1 and 600 seconds")
        }
        if let socketMode, mode_t(socketMode, radix: 8).map({ $0 > 0o777 }) ?? true {
            throw .configuration(source, "socketMode \"\(socketMode)\" is not an octal mode such as 0600 or 0660")
        }
    }
}
