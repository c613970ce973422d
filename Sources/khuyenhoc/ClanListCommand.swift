import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc clans [list] [QUERY]`: clans in Vietnamese order; `show ID` for one with its households.
struct ClanListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the clans (dòng họ) of the registry.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var list: RecordListOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let (clans, next) = try await RecordPager.read(all: list.all, limit: list.limit) { limit, cursor in
                let reply = try session.decode(ListClansReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListClans",
                    ListClansParameters(query: list.query, communeCode: list.communeCode, limit: limit, cursor: cursor)))
                return (reply.clans, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(ListClansReply(clans: clans, nextCursor: next)))
            } else {
                print(Self.render(clans, more: next != nil, session.text))
            }
        }
    }

    static func render(_ clans: [ClanInfo], more: Bool, _ text: Localizer) -> String {
        guard !clans.isEmpty else { return text.record(.noClans) }
        var table = TextTable(header: [text(Phrase.id), text.record(.name), text.record(.commune)], alignments: [.right])
        for clan in clans { table.add([String(clan.id), clan.name, "\(clan.commune.name) (\(clan.commune.code))"]) }
        if more { table.addNote(text.record(.morePages)) }
        return table.render()
    }
}
