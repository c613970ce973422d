import Foundation
import Logging
import Testing

@testable import Systemd

@Suite struct JournalLogHandlerTests {
    @Test(arguments: [
        ("model", "MODEL"),
        ("requestID", "REQUESTID"),
        ("request-id", "REQUEST_ID"),
        ("commune.code", "COMMUNE_CODE"),
        ("_hidden", "HIDDEN"),
        ("__PID", "PID"),
        ("2fa", "F2FA"),
        ("xã", "X_"),
        ("a b/c", "A_B_C"),
        ("message", "META_MESSAGE"),
        ("PRIORITY", "META_PRIORITY"),
        ("syslog_identifier", "META_SYSLOG_IDENTIFIER"),
    ])
    func metadataKeysBecomeJournalFieldNames(key: String, field: String) {
        #expect(JournalLogHandler.fieldName(forMetadataKey: key) == field)
    }

    @Test(arguments: ["", "_", "___", "-", "đ"])
    func keysWithNothingUsableAreDropped(key: String) {
        let name = JournalLogHandler.fieldName(forMetadataKey: key)
        // "-" and "đ" become "_", then the leading underscores go.
        #expect(name == nil)
    }

    @Test func longKeysAreCutToSixtyFourCharacters() throws {
        let name = try #require(JournalLogHandler.fieldName(forMetadataKey: String(repeating: "k", count: 100)))
        #expect(name.count == 64)
    }

    @Test func everyFieldNameFollowsJournalRules() {
        let keys = ["model", "_x", "9lives", "a.b-c d", "Ünïcode", "message", String(repeating: "z", count: 80)]
        for key in keys {
            guard let name = JournalLogHandler.fieldName(forMetadataKey: key) else { continue }
            #expect(name.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 95 })
            #expect(name.first != "_")
            #expect(name.first?.isNumber == false)
            #expect(name.count <= 64)
        }
    }

    @Test func levelsMapToSyslogPriorities() {
        let expected: [Logger.Level: Int] = [
            .trace: 7, .debug: 7, .info: 6, .notice: 5, .warning: 4, .error: 3, .critical: 2,
        ]
        for (level, priority) in expected {
            #expect(JournalLogHandler.syslogPriority(for: level) == priority)
        }
    }

    @Test func entryCarriesMessagePriorityIdentifierCodeLocationAndMetadata() {
        let fields = JournalLogHandler.fields(
            message: "loaded 5 models\nsecond line", level: .warning, identifier: "khuyenhocd",
            label: "vn.khuyenhoc.plugins", file: "khuyenhocd/PluginHost.swift", function: "load()", line: 42,
            error: nil,
            metadata: ["model": "citizen", "count": "5", "_PID": "1", "message": "shadow"])
        #expect(
            fields == [
                "MESSAGE=loaded 5 models\nsecond line",
                "PRIORITY=4",
                "SYSLOG_IDENTIFIER=khuyenhocd",
                "CODE_FILE=khuyenhocd/PluginHost.swift",
                "CODE_LINE=42",
                "CODE_FUNC=load()",
                "LOGGER_LABEL=vn.khuyenhoc.plugins",
                "PID=1",
                "COUNT=5",
                "META_MESSAGE=shadow",
                "MODEL=citizen",
            ])
    }

    @Test func handlerKeepsMetadataAndLevelAsValues() {
        var handler = JournalLogHandler(label: "test", identifier: "khuyenhocd", logLevel: .notice)
        handler[metadataKey: "model"] = "family"
        let copy = handler
        handler[metadataKey: "model"] = "clan"
        handler.logLevel = .debug
        #expect(copy[metadataKey: "model"] == "family")
        #expect(copy.logLevel == .notice)
        #expect(handler[metadataKey: "model"] == "clan")
    }

    @Test func journalStreamMustNameStandardError() {
        #expect(SystemdLogging.journalStream("8:12345", matchesDevice: 8, inode: 12345))
        #expect(!SystemdLogging.journalStream("8:12345", matchesDevice: 8, inode: 1))
        #expect(!SystemdLogging.journalStream("9:12345", matchesDevice: 8, inode: 12345))
        #expect(!SystemdLogging.journalStream("", matchesDevice: 0, inode: 0))
        #expect(!SystemdLogging.journalStream("8", matchesDevice: 8, inode: 0))
        #expect(!SystemdLogging.journalStream("a:b", matchesDevice: 0, inode: 0))
    }

    @Test func handlerChoiceFollowsJournalConnection() {
        let journal = SystemdLogging.makeLogHandler(label: "t", identifier: "khuyenhocd", level: .debug, journal: true)
        #expect(journal is JournalLogHandler)
        #expect(journal.logLevel == .debug)
        let stream = SystemdLogging.makeLogHandler(label: "t", identifier: "khuyenhocd", level: .error, journal: false)
        #expect(stream is StreamLogHandler)
        #expect(stream.logLevel == .error)
    }
}

extension ProcessStateTests {
    @Suite struct JournalEnvironmentTests {
        @Test func journalStreamVariableAloneIsNotEnough() {
            setenv("JOURNAL_STREAM", "1:1", 1)
            defer { unsetenv("JOURNAL_STREAM") }
            #expect(!SystemdLogging.isStandardErrorJournal)
        }

        @Test func journalStreamNamingStandardErrorSelectsTheJournal() {
            var info = stat()
            guard fstat(STDERR_FILENO, &info) == 0 else { return }
            setenv("JOURNAL_STREAM", "\(info.st_dev):\(info.st_ino)", 1)
            defer { unsetenv("JOURNAL_STREAM") }
            #expect(SystemdLogging.isStandardErrorJournal)
            unsetenv("JOURNAL_STREAM")
            #expect(!SystemdLogging.isStandardErrorJournal)
        }
    }
}
