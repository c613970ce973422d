import Foundation
import KhuyenHocAPI

extension PluginHost {
    /// Gives every loaded plugin all the rubric files that name its model (an empty list where
    /// none do, so a deleted file drops out and the built-in rubric returns), describes each
    /// plugin again, and says what became of every file, by name.
    func configure(_ models: inout [LoadedModel], with scanned: [ScannedRubricFile]) -> [RubricFile] {
        var reports: [RubricFile] = []
        var routed: [String: [RubricFileInput]] = [:]
        for file in scanned {
            guard let model = file.model, let text = file.text else {
                reports.append(.rejected(file.file, model: file.model, file.problems))
                continue
            }
            if let owner = models.first(where: { $0.info.id == model && $0.plugin != nil }) {
                routed[owner.info.id, default: []].append(RubricFileInput(file: file.file, text: text))
            } else {
                reports.append(.rejected(file.file, model: model, [RubricProblem(field: "model", reason: Self.noPlugin(model, in: models))]))
            }
        }
        for index in models.indices {
            guard let plugin = models[index].plugin else { continue }
            let id = models[index].info.id
            let inputs = routed[id] ?? []
            switch Self.configure(plugin, inputs, dryRun: false) {
            case .success(let verdicts):
                reports += verdicts.filter { verdict in inputs.contains { $0.file == verdict.file } }.map { RubricFile($0, model: id) }
                // A plugin not built on ModelSDK may skip a file; it must still be listed.
                for input in inputs where !verdicts.contains(where: { $0.file == input.file }) {
                    reports.append(.rejected(input.file, model: id, [
                        RubricProblem(field: "(file)", reason: "the \(id) plugin gave no verdict on it, so it is not in force"),
                    ]))
                }
            case .failure(let failure):
                logger.error("plugin could not take its rubric files", metadata: ["model": "\(id)", "reason": "\(failure.reason)"])
                reports += inputs.map { input in
                    .rejected(input.file, model: id, [
                        RubricProblem(field: "(file)", reason: "the \(id) plugin could not check it: \(failure.reason)"),
                    ])
                }
            }
            models[index] = PluginLoader.reload(models[index])
        }
        return reports.sorted { $0.file < $1.file }
    }

    /// Hands rubric files to a plugin's `configure`: its verdicts, or why it failed.
    static func configure(_ plugin: ModelPlugin, _ files: [RubricFileInput], dryRun: Bool) -> Result<[RubricFileVerdict], PluginFailure> {
        struct Request: Encodable {
            var files: [RubricFileInput]
            var dryRun: Bool
        }
        struct Reply: Decodable {
            var files: [RubricFileVerdict]
        }
        let input: Data
        do {
            input = try JSONEncoder().encode(Request(files: files, dryRun: dryRun))
        } catch {
            return .failure(PluginFailure(reason: "the files cannot be encoded: \(error)"))
        }
        switch plugin.configure(input) {
        case .success(let json):
            guard let reply = try? JSONDecoder().decode(Reply.self, from: json) else {
                return .failure(PluginFailure(reason: "its answer is not a list of verdicts: \(String(decoding: json.prefix(200), as: UTF8.self))"))
            }
            return .success(reply.files)
        case .invalidInput(let json), .failure(let json):
            return .failure(PluginFailure(reason: PluginReason.text(json)))
        }
    }

    /// Why no plugin can take a file that names `model`.
    static func noPlugin(_ model: String, in models: [LoadedModel]) -> String {
        if let failed = models.first(where: { $0.info.id == model }) {
            return "the \(model) plugin failed to load (\(failed.info.error ?? "no reason given")); the file is used once it loads"
        }
        let loaded = models.filter { $0.plugin != nil }.map(\.info.id)
        return "no plugin serves model \"\(model)\"; "
            + (loaded.isEmpty ? "no plugin is loaded" : "loaded: \(loaded.joined(separator: ", "))")
    }
}
