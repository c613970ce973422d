import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc households show ID`: one household and everyone living in it.
struct HouseholdShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one household with its members.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The household's id.")
    var id: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Registry.GetHousehold", RecordIDParameters(id: id), as: HouseholdReply.self) { reply in
                Self.render(reply.household, session.text)
            }
        }
    }

    static func render(_ household: HouseholdInfo, _ text: Localizer) -> String {
        var facts = TextTable()
        facts.add([text(Phrase.id), String(household.id)])
        facts.add([text.record(.name), household.name])
        facts.add([text.record(.code), household.code ?? "—"])
        facts.add([text.record(.community), String(household.communityID)])
        guard !household.members.isEmpty else { return facts.render() + "\n\n" + text.record(.noMembers) }
        return facts.render() + "\n\n" + PeopleListCommand.render(household.members, more: false, text)
    }
}
