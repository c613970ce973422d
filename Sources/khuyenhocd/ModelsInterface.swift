import KhuyenHocAPI
import KhuyenHocCore
import Varlink

/// `vn.khuyenhoc.Models`: the plugins and their rubrics.
enum ModelsInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        VarlinkInterface(
            name: KhuyenHocInterfaces.models,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.models]!,
            methods: [
                .immediate("ListModels") { (_: NoParameters, _) in
                    ListModelsReply(models: context.host.modelInfos)
                },
                .immediate("GetRubric") { (parameters: GetRubricParameters, _) in
                    GetRubricReply(rubric: try context.host.rubric(
                        model: parameters.model, variant: parameters.variant, version: parameters.version, year: parameters.year))
                },
                .immediate("ListRubricFiles") { (_: NoParameters, _) in
                    ListRubricFilesReply(directory: context.host.rubricDirectory?.path ?? "", files: context.host.rubricFiles)
                },
                // A task, not the event loop: the plugin reads and checks the whole rubric.
                .typed("CheckRubric") { (parameters: CheckRubricParameters, _) in
                    CheckRubricReply(verdict: try context.host.checkRubric(text: parameters.text, file: parameters.file))
                },
                .typed("ReleaseModel", access: .privileged) { (parameters: ReleaseModelParameters, _) in
                    try context.host.releaseCrash(model: parameters.model)
                    // Through the reloader, one reload at a time with SIGHUP's and Reload's.
                    await context.reload()
                    guard let info = context.host.modelInfos.first(where: { $0.id == parameters.model }) else {
                        throw KhuyenHocErrors.modelNotFound(parameters.model)
                    }
                    return ReleaseModelReply(model: info)
                },
            ])
    }
}
