import Logging

/// Sets up swift-log for the daemon.
enum DaemonLogging {
    static func bootstrap(level: Logger.Level) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "khuyenhocd")
    }
}
