import ArgumentParser
import KhuyenHocAPI
import Varlink

/// `khuyenhoc units show ID`: one unit and its whole staff.
struct UnitShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one unit with its staff.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The unit's id.")
    var id: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let unit = try session.decode(UnitReply.self, from: try await session.call(
                "vn.khuyenhoc.Registry.GetUnit", RecordIDParameters(id: id))).unit
            let (staff, _) = try await RecordPager.read(all: true, limit: 1000) { limit, cursor in
                let reply = try session.decode(ListStaffReply.self, from: try await session.call(
                    "vn.khuyenhoc.Registry.ListStaff", ListStaffParameters(unitID: id, limit: limit, cursor: cursor)))
                return (reply.staff, reply.nextCursor)
            }
            if session.json {
                print(JSONOutput.text(["unit": JSONOutput.value(unit), "staff": JSONOutput.value(staff)]))
                return
            }
            print(Self.render(unit, staff, session.text))
        }
    }

    static func render(_ unit: UnitInfo, _ staff: [StaffMemberInfo], _ text: Localizer) -> String {
        var facts = TextTable()
        facts.add([text(Phrase.id), String(unit.id)])
        facts.add([text.record(.name), unit.name])
        facts.add([text.record(.kind), text.record(.unitKind(unit.kind))])
        facts.add([text.record(.commune), "\(unit.commune.name) (\(unit.commune.code))"])
        guard !staff.isEmpty else { return facts.render() + "\n\n" + text.record(.noStaff) }
        var table = TextTable(header: [
            text(Phrase.id), text.record(.name), text.record(.role), text.record(.trainedThisYear),
            text.record(.digitalSkills),
        ], alignments: [.right])
        for member in staff {
            table.add([
                String(member.person.id), member.person.name, member.role ?? "—", text.flag(member.trainedThisYear),
                text.flag(member.digitalSkills),
            ])
        }
        return facts.render() + "\n\n" + text.record(.staff) + "\n" + table.render()
    }
}
