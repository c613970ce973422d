import ArgumentParser
import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Systemd

/// `khuyenhoc reminders agent [--area] [--model]`: run in the user's session when the daemon
/// runs in system mode; shows each reminder as a desktop notification, as the daemon itself does
/// in user mode.
struct RemindersAgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Show reminders as desktop notifications in this session (for a daemon in system mode); reconnects until stopped.",
        discussion: "With --json each reminder is also printed to standard output as one ReminderNotice object per line.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var area: ReminderAreaOptions

    @Option(help: ArgumentHelp(
        "The D-Bus address of the session bus (default: $DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus).", valueName: "address"))
    var bus: String?

    func run() async throws {
        let text = Localizer.current
        let language: ReminderLanguage = text.language == .vietnamese ? .vietnamese : .english
        let agent = ReminderAgent(
            options: options, area: area.parameters,
            poster: ReminderAgentPoster(
                desktop: ReminderDesktop(notifier: DesktopNotifier(busAddress: bus), language: language),
                writeLine: { StandardStreams.error($0) }),
            log: { StandardStreams.error("khuyenhoc reminders agent: \($0)") },
            jsonLine: { StandardStreams.output($0) })
        let task = Task { try await agent.run() }
        let signals = TerminationSignals(cancelling: task)
        defer { withExtendedLifetime(signals) {} }
        do {
            try await task.value
        } catch let failure as CLIFailure {
            DaemonSession(options: options).report(failure)
            throw ExitCode(failure.exitCode)
        }
    }
}
