import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc households [list] [QUERY]`: households in Vietnamese order with how many live in each;
/// `show ID` for one with its members.
struct HouseholdListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the registry's households.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var list: RecordListOptions

    @Option(help: "Only the households of this community (its id).")
    var community: Int64?

    @Option(help: "Only the households of this clan (its id).")
    var clan: Int64?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let (households, next) = try await RecordPager.read(all: list.all, limit: list.limit) { limit, cursor in
                let reply = try session.decode(ListHouseholdsReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListHouseholds",
                    ListHouseholdsParameters(
                        query: list.query, communeCode: list.communeCode, communityID: community, clanID: clan, limit: limit,
                        cursor: cursor)))
                return (reply.households, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(ListHouseholdsReply(households: households, nextCursor: next)))
            } else {
                print(Self.render(households, more: next != nil, session.text))
            }
        }
    }

    static func render(_ households: [HouseholdInfo], more: Bool, _ text: Localizer) -> String {
        guard !households.isEmpty else { return text.record(.noHouseholds) }
        var table = TextTable(
            header: [text(Phrase.id), text.record(.code), text.record(.name), text.record(.community), text.record(.members)],
            alignments: [.right, .left, .left, .right, .right])
        for household in households {
            table.add([String(household.id), household.code ?? "—", household.name, String(household.communityID), String(household.members.count)])
        }
        if more { table.addNote(text.record(.morePages)) }
        return table.render()
    }
}
