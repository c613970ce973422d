import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc communities show ID`: one village or urban block.
struct CommunityShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one community.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The community's id.")
    var id: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Registry.GetCommunity", RecordIDParameters(id: id), as: CommunityReply.self) { reply in
                let community = reply.community
                var table = TextTable()
                table.add([session.text(Phrase.id), String(community.id)])
                table.add([session.text.record(.name), community.name])
                table.add([session.text.record(.kind), session.text.record(.communityKind(community.kind))])
                table.add([session.text.record(.commune), "\(community.commune.name) (\(community.commune.code))"])
                return table.render()
            }
        }
    }
}
