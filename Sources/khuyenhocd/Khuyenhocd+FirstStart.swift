import ArgumentParser
import Foundation
import KhuyenHocCore
import KhuyenHocSample
import KhuyenHocStore
import Logging
import Systemd

extension Khuyenhocd {
    /// The helper's side of ``HelperProcess``: one ``FirstStartTask`` on the folders the daemon
    /// passed, then exit, with status 1 when it failed (the log says why).
    func runFirstStartTask(_ task: FirstStartTask, scale: SampleScale) async throws {
        SystemdLogging.bootstrap(identifier: "khuyenhocd", level: logLevel.flatMap(Logger.Level.init(rawValue:)) ?? .info)
        let logger = Logger(label: "khuyenhocd.registry")
        guard let stateDirectory else {
            logger.critical("--first-start-task needs --state-dir")
            throw ExitCode(64)  // EX_USAGE
        }
        switch task {
        case .createSample:
            do {
                try await RegistryBootstrap.writeSample(stateDirectory: stateDirectory, scale: scale, logger: logger)
            } catch {
                logger.critical("the sample district could not be written", metadata: ["reason": "\(error)"])
                throw ExitCode.failure
            }
        case .evaluateSample:
            guard let pluginDirectory else {
                logger.critical("--first-start-task evaluate-sample needs --plugin-dir")
                throw ExitCode(64)
            }
            var pluginLogger = Logger(label: "khuyenhocd.plugins")
            // The daemon has logged its plugins already; its helper repeats only what went wrong.
            pluginLogger.logLevel = max(pluginLogger.logLevel, .warning)
            // The daemon's crash history and record file: a plugin it disabled stays out, and a
            // crash here is recorded for the daemon's next start (the daemon runs meanwhile, so
            // only it merges and clears the history).
            let health = PluginHealthKeeper(stateDirectory: stateDirectory, writes: false, logger: pluginLogger)
            let host = PluginHost(
                directory: URL(fileURLWithPath: pluginDirectory), rubricDirectory: rubricDirectory.map { URL(fileURLWithPath: $0) },
                health: health, logger: pluginLogger)
            host.reload()
            let store: SQLiteRegistryStore
            do {
                store = try SQLiteRegistryStore(path: "\(stateDirectory)/\(RegistryBootstrap.fileName)")
            } catch {
                logger.error("the sample district could not be evaluated", metadata: ["reason": "\(error)"])
                throw ExitCode.failure
            }
            guard await SampleEvaluation.evaluate(RollUpEvaluator(host: host, store: store), logger: logger) else {
                throw ExitCode.failure
            }
        }
    }
}
