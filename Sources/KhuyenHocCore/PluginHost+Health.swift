import Foundation
import KhuyenHocAPI
import Varlink

extension PluginHost {
    /// Clears the crash history of `model` (`ReleaseModel`); the caller reloads the plugins then.
    public func releaseCrash(model id: String) throws(VarlinkError) {
        guard modelInfos.contains(where: { $0.id == id }) else { throw KhuyenHocErrors.modelNotFound(id) }
        guard let health, health.release(model: id) else { throw KhuyenHocErrors.modelNotDisabled(id) }
    }

    /// A plugin file not loaded because of its crash history, listed as failed with the reason.
    static func disabled(_ file: URL, model id: String, _ verdict: PluginVerdict) -> LoadedModel {
        let info = ModelInfo(
            id: id, title: id, titleVi: id, state: .failed, error: verdict.entry.map { reason(id, $0) }, file: file.path,
            abiVersion: nil, toolchain: nil, rubricVersion: nil, basis: nil, variants: [], dependsOn: [])
        return LoadedModel(info: info, description: nil, plugin: nil)
    }

    /// Why a crashed plugin is not loaded and what lifts it, for a secretary to read.
    static func reason(_ id: String, _ entry: PluginHealthEntry) -> String {
        let crash = "with \(PluginCrashRecord.signalName(entry.signal)) while \(entry.during.words) on \(instant(entry.at))"
        if entry.quarantined {
            return "crashed \(entry.inARow) times in a row, the last \(crash); quarantined until an administrator runs "
                + "`khuyenhoc models release \(id)` (replacing the plugin file is not enough)"
        }
        return "crashed \(crash); disabled until the plugin file is replaced or an administrator runs `khuyenhoc models release \(id)`"
    }

    static func crashInfo(_ entry: PluginHealthEntry) -> PluginCrash {
        PluginCrash(
            signal: PluginCrashRecord.signalName(entry.signal), during: entry.during.rawValue, at: instant(entry.at),
            inARow: entry.inARow, quarantined: entry.quarantined)
    }

    /// Clears the history at the plugin's first successful evaluation (on whichever thread made it).
    func watchProbation(_ model: inout LoadedModel) {
        let id = model.info.id
        model.plugin?.probation = ProbationWatch { [weak self] in
            guard let self else { return }
            health?.succeeded(model: id)
            state.withLock { state in
                for index in state.models.indices where state.models[index].info.id == id {
                    state.models[index].info.crash = nil
                }
            }
        }
    }

    private static func instant(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
