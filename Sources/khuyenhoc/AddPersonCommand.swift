import ArgumentParser
import KhuyenHocAPI

/// `khuyenhoc add person --name … --birth-year …`: adds one person and prints them as stored.
struct AddPersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "Add a person, to a household or to none.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The household the person lives in (its id); leave out for staff recorded only through their unit.")
    var household: Int64?

    @Option(help: "Full name, family name first: \"Nguyễn Văn An\".")
    var name: String

    @Option(help: "The year of birth, 1900 to 2100.")
    var birthYear: Int

    @Option(help: "female or male.")
    var sex: String?

    @Option(help: "The Learning Citizen target group: farmers, workers or officials.")
    var targetGroup: String?

    @Flag(help: "At kindergarten, school or university this year.") var inSchool = false
    @Flag(help: "Has completed universal education (phổ cập giáo dục).") var completedUniversalEducation = false
    @Flag(help: "Literate at level 1 or above.") var literate = false
    @Flag(help: "Studied at least one subject this year.") var studiedThisYear = false
    @Flag(help: "Honest, polite, active locally; for a pupil, conduct Khá or better.") var goodConduct = false
    @Flag(help: "A pupil whose results this year are average or better.") var resultsAverageOrBetter = false
    @Flag(help: "Recognised a Learning Citizen this year.") var learningCitizen = false

    func run() async throws {
        let person = NewMember(
            name: name, birthYear: birthYear, sex: sex, targetGroup: targetGroup, inSchool: inSchool,
            completedUniversalEducation: completedUniversalEducation, literate: literate, studiedThisYear: studiedThisYear,
            goodConduct: goodConduct, resultsAverageOrBetter: resultsAverageOrBetter, learningCitizen: learningCitizen)
        try await DaemonSession.run(options) { session in
            try await session.show(
                "vn.khuyenhoc.Registry.AddPerson", AddPersonParameters(householdID: household, person: person), as: PersonReply.self
            ) { reply in
                PersonShowCommand.render(reply.person, session.text)
            }
        }
    }
}
