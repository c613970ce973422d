import Foundation
import KhuyenHocAPI
import Logging

/// Runs a configured command for each reminder, with the reminder as JSON (`ReminderNotice`'s
/// encoding, one object and a newline) on its standard input.
///
/// The command is an argument vector, run without a shell; a program name without `/` is looked up
/// in `PATH`. Its standard output is discarded, its standard error kept (first 8 KiB) and logged with
/// its exit status. It runs in its own process group, which is killed (SIGKILL) when it runs longer
/// than `timeout`. The wait happens on a thread of its own, so awaiting `run(_:)` never holds the
/// caller's event loop.
///
/// ```swift
/// let hook = ReminderHook(arguments: ["/usr/local/bin/send-sms", "--to", "0912345678"], logger: logger)
/// let outcome = await hook.run(notice)
/// ```
public struct ReminderHook: Sendable {
    /// The program and its arguments; must not be empty.
    public var arguments: [String]
    /// How long the command may run.
    public var timeout: Duration
    /// Where each run's outcome is logged.
    public var logger: Logger

    /// Creates a hook running `arguments`.
    public init(arguments: [String], timeout: Duration = .seconds(10), logger: Logger) {
        self.arguments = arguments
        self.timeout = timeout
        self.logger = logger
    }

    /// Runs the command for `notice`, logs the outcome and returns it.
    public func run(_ notice: ReminderNotice) async -> ReminderHookOutcome {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a value of plain fields and strings cannot fail.
        let input = Array(try! encoder.encode(notice)) + [UInt8(ascii: "\n")]
        let arguments = arguments
        let timeout = timeout
        let outcome = await BlockingWork.run { HookProcess.run(arguments: arguments, input: input, timeout: timeout) }
        log(outcome, notice: notice)
        return outcome
    }

    private func log(_ outcome: ReminderHookOutcome, notice: ReminderNotice) {
        var metadata: Logger.Metadata = [
            "hook": "\(arguments.first ?? "")",
            "deadline-id": "\(notice.deadlineId)",
            "delivery-id": "\(notice.deliveryId)",
            "duration-ms": "\(outcome.duration.components.seconds * 1000 + outcome.duration.components.attoseconds / 1_000_000_000_000_000)",
        ]
        if !outcome.standardError.isEmpty { metadata["stderr"] = "\(outcome.standardError)" }
        switch outcome.ending {
        case .exited(0):
            logger.info("reminder hook succeeded", metadata: metadata.merging(["exit-status": "0"]) { $1 })
        case let .exited(status):
            logger.warning("reminder hook failed", metadata: metadata.merging(["exit-status": "\(status)"]) { $1 })
        case let .signalled(signal):
            logger.warning("reminder hook was ended by a signal", metadata: metadata.merging(["signal": "\(signal)"]) { $1 })
        case .timedOut:
            logger.warning("reminder hook ran past its timeout and was killed", metadata: metadata.merging(["timeout": "\(timeout)"]) { $1 })
        case let .notStarted(code):
            logger.error(
                "reminder hook could not be started",
                metadata: metadata.merging(["errno": "\(code)", "reason": "\(String(cString: strerror(code)))"]) { $1 })
        }
    }
}
