import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc people [list] [QUERY]`: people by given name; `show ID` for everything recorded about one.
struct PeopleListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the registry's people, by given name.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var list: RecordListOptions

    @Option(help: "Only the members of this household (its id).")
    var household: Int64?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let (people, next) = try await RecordPager.read(all: list.all, limit: list.limit) { limit, cursor in
                let reply = try session.decode(ListPeopleReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListPeople",
                    ListPeopleParameters(
                        query: list.query, communeCode: list.communeCode, householdID: household, limit: limit, cursor: cursor)))
                return (reply.people, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(ListPeopleReply(people: people, nextCursor: next)))
            } else {
                print(Self.render(people, more: next != nil, session.text))
            }
        }
    }

    static func render(_ people: [PersonInfo], more: Bool, _ text: Localizer) -> String {
        guard !people.isEmpty else { return text.record(.noPeople) }
        var table = TextTable(
            header: [text(Phrase.id), text.record(.name), text.record(.birthYear), text.record(.sex), text.record(.household)],
            alignments: [.right, .left, .right, .left, .right])
        for person in people {
            table.add([
                String(person.id), person.name, String(person.birthYear), text.record(.sexName(person.sex)),
                person.householdID.map(String.init) ?? "—",
            ])
        }
        if more { table.addNote(text.record(.morePages)) }
        return table.render()
    }
}
