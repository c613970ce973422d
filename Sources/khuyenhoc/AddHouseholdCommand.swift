import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc add household --community ID --name …`: adds a household without members (they are
/// added with `khuyenhoc add person --household ID`) and prints it as stored.
struct AddHouseholdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "household", abstract: "Add a household to a community.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The village or urban block (its id; `khuyenhoc communities` lists them).")
    var community: Int64

    @Option(help: "How the commune names the household: \"Hộ ông Nguyễn Văn An\".")
    var name: String

    @Option(help: "The commune's own number for the household, unique within the community.")
    var code: String?

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Registry.AddHousehold", AddHouseholdParameters(communityID: community, code: code, name: name),
                as: HouseholdReply.self
            ) { reply in
                HouseholdShowCommand.render(reply.household, session.text)
            }
        }
    }
}
