import ArgumentParser

/// `khuyenhoc calendar`: the deadlines as an iCalendar file for any calendar program.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "The deadlines and their reminders as an RFC 5545 calendar (.ics).",
        subcommands: [CalendarExportCommand.self])
}
