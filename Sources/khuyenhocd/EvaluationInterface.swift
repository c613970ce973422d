import KhuyenHocAPI
import KhuyenHocCore
import Varlink

/// `vn.khuyenhoc.Evaluation`: stateless scoring of one subject.
enum EvaluationInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        VarlinkInterface(
            name: KhuyenHocInterfaces.evaluation,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.evaluation]!,
            methods: [
                .typed("Evaluate") { (parameters: EvaluateParameters, _) in
                    EvaluateReply(result: try context.host.evaluate(
                        model: parameters.model, facts: parameters.facts, year: parameters.year))
                },
            ])
    }
}
