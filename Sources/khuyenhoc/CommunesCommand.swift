import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc communes [list] [QUERY]`: the district's communes in Vietnamese order, with their
/// periods and merges (the default subcommand of ``CommunesGroupCommand``).
struct CommunesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the district's communes, with their statistics codes and merges.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Words of the name, ignoring case and diacritics (\"thanh thuy\" finds Thanh Thùy).")
    var query: String?

    @Option(name: .customLong("as-of"), help: "Only the communes that existed on this day (YYYY-MM-DD).")
    var asOf: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            // Every page: a district has a few dozen communes, never enough to need a pager here.
            var communes: [CommuneInfo] = []
            var cursor: String?
            repeat {
                let reply = try session.decode(ListCommunesReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListCommunes",
                    ListCommunesParameters(query: query, asOf: asOf, limit: 1000, cursor: cursor)))
                communes += reply.communes
                cursor = reply.nextCursor
            } while cursor != nil
            if session.json {
                print(JSONOutput.text(ListCommunesReply(communes: communes, nextCursor: nil)))
            } else {
                print(Self.render(communes, session.text))
            }
        }
    }

    static func render(_ communes: [CommuneInfo], _ text: Localizer) -> String {
        guard !communes.isEmpty else { return text(.noCommunes) }
        var table = TextTable(header: [
            text(.statisticsCode), text(.communeName), text(.kind), text(.validFrom), text(.validUntil), text(.mergedInto),
        ])
        for commune in communes {
            table.add([
                commune.code, commune.name, text(.communeKindName(commune.kind)), commune.validFrom ?? "—",
                commune.validUntil ?? "—",
                commune.mergedInto.map { "\($0.name) (\($0.code))" } ?? "—",
            ])
        }
        return table.render()
    }
}
