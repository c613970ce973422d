import Foundation
import KhuyenHocAPI
import Logging
import Synchronization
import Varlink

/// Every model plugin found in the plugin directory, loaded or failed, the rubric files given to
/// them, and evaluation through them.
///
/// A failed plugin is listed with its reason and never stops the others; a rejected rubric file
/// is listed with its problems and never stops its plugin.
public final class PluginHost: Sendable {
    public let directory: URL
    /// The folder of rubric files; nil reads none (the plugins serve their built-in rubrics).
    public let rubricDirectory: URL?
    let logger: Logger
    /// The plugins' crash history; nil loads every plugin whatever it did before (tools, tests).
    let health: PluginHealthKeeper?
    let state = Mutex(State())

    /// What one start or reload found; swapped whole, so readers never see half a reload.
    struct State {
        var models: [LoadedModel] = []
        var rubricFiles: [RubricFile] = []
        var evaluationOrder: [String] = []
    }

    public init(
        directory: URL, rubricDirectory: URL? = nil, health: PluginHealthKeeper? = nil,
        logger: Logger = Logger(label: "khuyenhoc.plugins")
    ) {
        self.directory = directory
        self.rubricDirectory = rubricDirectory
        self.health = health
        self.logger = logger
    }

    /// Scans the plugin directory and loads every plugin file not loaded yet (a library is never
    /// unloaded; one already loaded is described again), gives each loaded plugin all the rubric
    /// files that name its model (none, so a deleted file drops out), and orders the models
    /// bottom-up. A plugin that crashed is not loaded while its crash history forbids it.
    @discardableResult
    public func reload() -> PluginCounts {
        let previous = state.withLock { $0 }
        var models: [LoadedModel] = []
        for file in Self.pluginFiles(in: directory) {
            var model: LoadedModel
            let id = PluginLoader.modelID(forFileName: file.lastPathComponent) ?? file.lastPathComponent
            let identity = PluginFileIdentity.of(file.path)
            let verdict = health?.verdict(model: id, file: identity) ?? .healthy
            if let known = previous.models.first(where: { $0.info.file == file.path && $0.plugin != nil }) {
                model = PluginLoader.reload(known)
            } else if !verdict.loads {
                model = Self.disabled(file, model: id, verdict)
            } else {
                model = PluginLoader.load(file, identity: identity)
                if case .probation = verdict { watchProbation(&model) }
            }
            model.info.crash = verdict.entry.map(Self.crashInfo)
            if model.info.state == .loaded, models.contains(where: { $0.info.state == .loaded && $0.info.id == model.info.id }) {
                model.info.state = .failed
                model.info.error = "another plugin file already serves model \"\(model.info.id)\""
                model.plugin = nil
                model.description = nil
            }
            models.append(model)
        }
        var rubricFiles = previous.rubricFiles
        if let rubricDirectory {
            if let scanned = RubricFolder.scan(rubricDirectory) {
                rubricFiles = configure(&models, with: scanned)
            } else {
                // Dropping every official rubric because the folder is briefly unreadable would
                // silently score under the built-ins: keep what is in force instead.
                logger.error("rubric folder cannot be read; the rubric files read before stay in force", metadata: [
                    "folder": "\(rubricDirectory.path)",
                ])
            }
        }
        let order = DependencyOrder(Dictionary(
            models.filter { $0.info.state == .loaded }.map { ($0.info.id, $0.info.dependsOn) },
            uniquingKeysWith: { first, _ in first }))
        for index in models.indices {
            let loaded = models[index].info.state == .loaded
            models[index].info.warnings = loaded ? order.warnings[models[index].info.id] ?? [] : []
        }
        log(models, rubricFiles)
        state.withLock { $0 = State(models: models, rubricFiles: rubricFiles, evaluationOrder: order.models) }
        return counts
    }

    /// Loaded and failed plugins.
    public var counts: PluginCounts {
        state.withLock { state in
            let loaded = state.models.filter { $0.info.state == .loaded }.count
            return PluginCounts(loaded: loaded, failed: state.models.count - loaded)
        }
    }

    /// Every plugin file found, in file name order.
    public var modelInfos: [ModelInfo] { state.withLock { $0.models.map(\.info) } }

    /// Every rubric file found at the last start or reload, by name, and what became of it.
    public var rubricFiles: [RubricFile] { state.withLock { $0.rubricFiles } }

    /// The loaded models, each after the models it depends on; a model whose dependencies are
    /// missing or form a cycle is left out (its `ModelInfo.warnings` say why).
    public var evaluationOrder: [String] { state.withLock { $0.evaluationOrder } }

    /// The loaded plugin serving `id`.
    public func model(_ id: String) -> LoadedModel? {
        state.withLock { state in state.models.first { $0.info.id == id && $0.plugin != nil } }
    }

    /// The plugin files in a directory, sorted by name.
    static func pluginFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted()
            .filter { PluginLoader.modelID(forFileName: $0) != nil }
            .map { directory.appendingPathComponent($0) }
    }

    private func log(_ models: [LoadedModel], _ rubricFiles: [RubricFile]) {
        for model in models {
            if model.info.state == .loaded, let crash = model.info.crash {
                logger.warning("plugin loaded on probation: its file was replaced since it crashed", metadata: [
                    "model": "\(model.info.id)", "file": "\(model.info.file)", "signal": "\(crash.signal)", "at": "\(crash.at)",
                ])
            } else if model.info.state == .loaded {
                logger.info("plugin loaded", metadata: [
                    "model": "\(model.info.id)", "file": "\(model.info.file)", "rubric": "\(model.info.rubricVersion ?? "")",
                ])
                for warning in model.info.warnings {
                    logger.warning("model cannot be ordered", metadata: ["model": "\(model.info.id)", "reason": "\(warning)"])
                }
            } else {
                logger.error("plugin failed", metadata: [
                    "model": "\(model.info.id)", "file": "\(model.info.file)", "reason": "\(model.info.error ?? "")",
                ])
            }
        }
        for file in rubricFiles {
            var metadata: Logger.Metadata = ["file": "\(file.file)"]
            if let model = file.model { metadata["model"] = "\(model)" }
            if file.status == .loaded {
                metadata["version"] = "\(file.version ?? "")"
                if !file.replaces.isEmpty { metadata["replaces"] = "\(file.replaces.joined(separator: ", "))" }
                logger.info("rubric file loaded", metadata: metadata)
            }
            metadata["keptPrevious"] = "\(file.keptPrevious)"
            for problem in file.problems {
                metadata["field"] = "\(problem.field)"
                metadata["reason"] = "\(problem.reason)"
                logger.error("rubric file rejected", metadata: metadata)
            }
        }
    }
}
