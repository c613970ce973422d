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
                    GetRubricReply(rubric: try context.host.rubric(model: parameters.model, variant: parameters.variant))
                },
            ])
    }
}
