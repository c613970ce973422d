import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc communities [list] [QUERY]`: villages and urban blocks in Vietnamese order; `show ID` for one.
struct CommunityListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the villages and urban blocks (thôn, tổ dân phố) of the registry.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var list: RecordListOptions

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let (communities, next) = try await RecordPager.read(all: list.all, limit: list.limit) { limit, cursor in
                let reply = try session.decode(ListCommunitiesReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListCommunities",
                    ListCommunitiesParameters(query: list.query, communeCode: list.communeCode, limit: limit, cursor: cursor)))
                return (reply.communities, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(ListCommunitiesReply(communities: communities, nextCursor: next)))
            } else {
                print(Self.render(communities, more: next != nil, session.text))
            }
        }
    }

    static func render(_ communities: [CommunityInfo], more: Bool, _ text: Localizer) -> String {
        guard !communities.isEmpty else { return text.record(.noCommunities) }
        var table = TextTable(header: [text(Phrase.id), text.record(.name), text.record(.kind), text.record(.commune)])
        for community in communities {
            table.add([
                String(community.id), community.name, text.record(.communityKind(community.kind)),
                "\(community.commune.name) (\(community.commune.code))",
            ])
        }
        if more { table.addNote(text.record(.morePages)) }
        return table.render()
    }
}
