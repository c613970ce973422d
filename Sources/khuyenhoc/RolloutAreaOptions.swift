import ArgumentParser
import KhuyenHocAPI

/// The area, model and day that `khuyenhoc rollout` (the matrix) and `rollout late` look at.
struct RolloutAreaOptions: ParsableArguments {
    @Argument(help: "Only this commune (statistics code); omit for every commune.")
    var code: String?

    @Option(help: "Only this model: citizen, family, clan, community or unit.")
    var model: String?

    @Option(name: .customLong("as-of"), help: "The day (YYYY-MM-DD; default today in Vietnam).")
    var asOf: String?

    var parameters: RolloutAreaParameters { RolloutAreaParameters(area: code, model: model, asOf: asOf) }
}
