import Foundation

/// The crash history of the plugins, by model, and what it allows (issue 6, item 4).
///
/// A crash disables the model's plugin while its file stays the same; a replaced file loads on
/// probation, and its first successful evaluation clears the history; a second crash in a row
/// quarantines the model whatever its file, until an administrator releases it.
public struct PluginHealth: Codable, Sendable, Equatable {
    /// Crashes in a row that quarantine a model.
    public static let quarantineAfter = 2

    public var models: [String: PluginHealthEntry] = [:]

    public init(models: [String: PluginHealthEntry] = [:]) {
        self.models = models
    }

    /// Counts a crash. The same record merged twice (a start killed between saving the history
    /// and clearing the record) counts once.
    public mutating func record(_ crash: PluginCrashRecord) {
        let previous = models[crash.model]
        if let previous, previous.file == crash.file, previous.at == crash.at, previous.signal == crash.signal { return }
        let inARow = (previous?.inARow ?? 0) + 1
        models[crash.model] = PluginHealthEntry(
            file: crash.file, signal: crash.signal, during: crash.during, at: crash.at, inARow: inARow,
            quarantined: inARow >= Self.quarantineAfter || previous?.quarantined == true)
    }

    /// Whether `model`'s plugin file `file` may be loaded; an unreadable file (nil) of a model
    /// that crashed stays disabled.
    public func verdict(model: String, file: PluginFileIdentity?) -> PluginVerdict {
        guard let entry = models[model] else { return .healthy }
        if entry.quarantined { return .quarantined(entry) }
        guard let file, file != entry.file else { return .disabled(entry) }
        return .probation(entry)
    }

    /// A successful evaluation: the history of `model` is cleared. False when there was none.
    @discardableResult
    public mutating func succeeded(model: String) -> Bool {
        models.removeValue(forKey: model) != nil
    }
}
