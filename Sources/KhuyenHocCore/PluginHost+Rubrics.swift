import Foundation
import KhuyenHocAPI
import Varlink

extension PluginHost {
    /// A rubric of a model's variant: the one named by `version`, else the newest that applies to
    /// `year`, else the active one; or the declared error.
    public func rubric(model id: String, variant: String?, version: String? = nil, year: Int? = nil) throws(VarlinkError) -> Rubric {
        guard let description = model(id)?.description else {
            throw KhuyenHocErrors.modelNotFound(id)
        }
        let document = try Self.document(of: description, version: version, year: year, interface: KhuyenHocInterfaces.models)
        do {
            return try document.rubric(variant: variant)
        } catch {
            throw KhuyenHocErrors.variantNotFound(model: id, variant: variant, known: document.variants.map(\.id))
        }
    }

    /// Checks a rubric file's text with the plugin of the model it names, putting nothing in force.
    /// Text no plugin can be given (not JSON, no model) gets a rejected verdict saying why.
    public func checkRubric(text: String, file: String?) throws(VarlinkError) -> RubricFileVerdict {
        let name = file ?? "(text)"
        let scanned = RubricFolder.route(Data(text.utf8), file: name)
        guard let id = scanned.model, let routedText = scanned.text else {
            return RubricFileVerdict(file: name, status: .rejected, version: nil, keptPrevious: false, replaces: [], problems: scanned.problems)
        }
        guard let plugin = model(id)?.plugin else {
            throw KhuyenHocErrors.modelNotFound(id)
        }
        switch Self.configure(plugin, [RubricFileInput(file: name, text: routedText)], dryRun: true) {
        case .success(let verdicts):
            guard let verdict = verdicts.first(where: { $0.file == name }) else {
                throw KhuyenHocErrors.pluginFailed(
                    model: id, reason: "the plugin gave no verdict on the file", interface: KhuyenHocInterfaces.models)
            }
            return verdict
        case .failure(let failure):
            throw KhuyenHocErrors.pluginFailed(model: id, reason: failure.reason, interface: KhuyenHocInterfaces.models)
        }
    }

    /// The rubric chosen as a plugin chooses it (`RubricSelection`), from the rubrics the plugin
    /// last described; `RubricNotFound` of `interface` when none fits.
    static func document(
        of description: ModelDescription, version: String?, year: Int?, interface: String
    ) throws(VarlinkError) -> RubricDocument {
        do {
            return description.rubrics[try RubricSelection.index(in: description.rubrics, version: version, year: year)]
        } catch {
            throw KhuyenHocErrors.rubricNotFound(
                model: description.id, version: version, year: year,
                known: description.rubrics.map { "\($0.version) (\($0.yearsDescription))" }, interface: interface)
        }
    }
}
