import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc units [list] [QUERY]`: agencies, schools, enterprises and cooperatives in Vietnamese order;
/// `show ID` for one with its staff.
struct UnitListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the units (agencies, schools, enterprises, cooperatives) of the registry.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var list: RecordListOptions

    @Option(help: "Only units of this kind: agency, school, enterprise, cooperative or other.")
    var kind: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let (units, next) = try await RecordPager.read(all: list.all, limit: list.limit) { limit, cursor in
                let reply = try session.decode(ListUnitsReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListUnits",
                    ListUnitsParameters(query: list.query, communeCode: list.communeCode, kind: kind, limit: limit, cursor: cursor)))
                return (reply.units, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(ListUnitsReply(units: units, nextCursor: next)))
            } else {
                print(Self.render(units, more: next != nil, session.text))
            }
        }
    }

    static func render(_ units: [UnitInfo], more: Bool, _ text: Localizer) -> String {
        guard !units.isEmpty else { return text.record(.noUnits) }
        var table = TextTable(
            header: [text(Phrase.id), text.record(.name), text.record(.kind), text.record(.commune)], alignments: [.right])
        for unit in units {
            table.add([String(unit.id), unit.name, text.record(.unitKind(unit.kind)), "\(unit.commune.name) (\(unit.commune.code))"])
        }
        if more { table.addNote(text.record(.morePages)) }
        return table.render()
    }
}
