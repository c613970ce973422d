import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc clans show ID`: one clan and every household in it.
struct ClanShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one clan with its households.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The clan's id.")
    var id: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let clan = try session.decode(ClanReply.self, from: try await session.call(
                "vn.khuyenhoc.Registry.GetClan", RecordIDParameters(id: id))).clan
            let (households, _) = try await RecordPager.read(all: true, limit: 1000) { limit, cursor in
                let reply = try session.decode(ListHouseholdsReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListHouseholds", ListHouseholdsParameters(clanID: id, limit: limit, cursor: cursor)))
                return (reply.households, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(["clan": JSONOutput.value(clan), "households": JSONOutput.value(households)]))
                return
            }
            let text = session.text
            var facts = TextTable()
            facts.add([text(Phrase.id), String(clan.id)])
            facts.add([text.record(.name), clan.name])
            facts.add([text.record(.commune), "\(clan.commune.name) (\(clan.commune.code))"])
            print(facts.render() + "\n\n" + text.record(.clanHouseholds) + "\n" + HouseholdListCommand.render(households, more: false, text))
        }
    }
}
