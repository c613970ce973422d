import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc people show ID`: everything the registry records about one person.
struct PersonShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one person.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The person's id.")
    var id: Int64

    func run() async throws {
        try await DaemonSession.run(options) { session in
            try await session.show("vn.khuyenhoc.Registry.GetPerson", RecordIDParameters(id: id), as: PersonReply.self) { reply in
                Self.render(reply.person, session.text)
            }
        }
    }

    static func render(_ person: PersonInfo, _ text: Localizer) -> String {
        var table = TextTable()
        table.add([text(Phrase.id), String(person.id)])
        table.add([text.record(.name), person.name])
        table.add([text.record(.birthYear), String(person.birthYear)])
        table.add([text.record(.sex), text.record(.sexName(person.sex))])
        table.add([text.record(.household), person.householdID.map(String.init) ?? "—"])
        table.add([text.record(.targetGroup), person.targetGroup ?? "—"])
        let flags: [(RegistryPhrase, Bool)] = [
            (.inSchool, person.inSchool), (.completedUniversalEducation, person.completedUniversalEducation),
            (.literate, person.literate), (.studiedThisYear, person.studiedThisYear), (.goodConduct, person.goodConduct),
            (.resultsAverageOrBetter, person.resultsAverageOrBetter), (.learningCitizen, person.learningCitizen),
        ]
        for (phrase, value) in flags { table.add([text.record(phrase), text.flag(value)]) }
        return table.render()
    }
}
