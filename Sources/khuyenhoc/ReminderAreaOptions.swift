import ArgumentParser
import KhuyenHocAPI

/// The commune and model that the deadline and reminder lists look at.
struct ReminderAreaOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Only this commune (statistics code) and the district's own; omit for all.", valueName: "code"))
    var area: String?

    @Option(help: "Only this model: citizen, family, clan, community or unit.")
    var model: String?

    var parameters: ReminderAreaParameters { ReminderAreaParameters(area: area, model: model) }
}
