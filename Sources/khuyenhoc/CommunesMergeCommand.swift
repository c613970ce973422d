import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc communes merge CODE… --into CODE --on DATE`: records a merge of communes. Changes
/// the registry: only the daemon's owner, root and the admin group may.
struct CommunesMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Record that communes were merged into another from a day on; their records stay attached to them.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The statistics codes of the communes merged away, as they were the day before the merge.")
    var codes: [String]

    @Option(help: "The statistics code of the commune they become (already in the registry, existing from that day).")
    var into: String

    @Option(help: "The first day of the merge (YYYY-MM-DD).")
    var on: String

    func validate() throws {
        guard !codes.isEmpty else { throw ValidationError("name at least one commune to merge") }
    }

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Registry.RecordMerge", RecordMergeParameters(communes: codes, into: into, on: on),
                as: RecordMergeReply.self
            ) { reply in
                let names = reply.merged.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
                return session.text.report(.merged(names: names, into: "\(reply.into.name) (\(reply.into.code))", on: on))
                    + "\n" + CommunesCommand.render(reply.merged + [reply.into], session.text)
            }
        }
    }
}
