import Foundation
import KhuyenHocAPI
import Logging
import Synchronization
import Varlink

/// Every model plugin found in the plugin directory, loaded or failed, and evaluation through them.
///
/// A failed plugin is listed with its reason and never stops the others.
public final class PluginHost: Sendable {
    public let directory: URL
    private let logger: Logger
    private let models = Mutex<[LoadedModel]>([])

    public init(directory: URL, logger: Logger = Logger(label: "khuyenhoc.plugins")) {
        self.directory = directory
        self.logger = logger
    }

    /// Scans the directory and loads every plugin file not loaded yet; files already loaded keep
    /// their library (a library is never unloaded) and are described again, so rubric data is fresh.
    @discardableResult
    public func reload() -> PluginCounts {
        let files = Self.pluginFiles(in: directory)
        let previous = models.withLock { $0 }
        var result: [LoadedModel] = []
        for file in files {
            var model: LoadedModel
            if let known = previous.first(where: { $0.info.file == file.path && $0.plugin != nil }) {
                model = PluginLoader.reload(known)
            } else {
                model = PluginLoader.load(file)
            }
            if model.info.state == .loaded, result.contains(where: { $0.info.state == .loaded && $0.info.id == model.info.id }) {
                model.info.state = .failed
                model.info.error = "another plugin file already serves model \"\(model.info.id)\""
                model.plugin = nil
                model.description = nil
            }
            if model.info.state == .loaded {
                logger.info("plugin loaded", metadata: [
                    "model": "\(model.info.id)", "file": "\(file.path)", "rubric": "\(model.info.rubricVersion ?? "")",
                ])
            } else {
                logger.error("plugin failed", metadata: [
                    "model": "\(model.info.id)", "file": "\(file.path)", "reason": "\(model.info.error ?? "")",
                ])
            }
            result.append(model)
        }
        models.withLock { $0 = result }
        return counts
    }

    /// Loaded and failed plugins.
    public var counts: PluginCounts {
        models.withLock { all in
            let loaded = all.filter { $0.info.state == .loaded }.count
            return PluginCounts(loaded: loaded, failed: all.count - loaded)
        }
    }

    /// Every plugin file found, in file name order.
    public var modelInfos: [ModelInfo] { models.withLock { $0.map(\.info) } }

    /// The loaded plugin serving `id`.
    public func model(_ id: String) -> LoadedModel? {
        models.withLock { all in all.first { $0.info.id == id && $0.plugin != nil } }
    }

    /// The plugin files in a directory, sorted by name.
    static func pluginFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted()
            .filter { PluginLoader.modelID(forFileName: $0) != nil }
            .map { directory.appendingPathComponent($0) }
    }
}
