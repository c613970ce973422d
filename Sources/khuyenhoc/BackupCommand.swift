import ArgumentParser
import Foundation
import KhuyenHocAPI
import Varlink

/// `khuyenhoc backup FILE`: a consistent copy of the registry, taken while the daemon runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the registry (a SQLite database) to FILE, while the daemon runs.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The file to write; replaced only once the copy is complete and on disk. Mode 0600: it holds personal data.")
    var file: String

    func run() async throws {
        try await DaemonSession.run(options) { session in
            let text = session.text
            let target: AtomicFile
            do {
                target = try AtomicFile(path: file, mode: 0o600)
            } catch let error as AtomicFile.Failure {
                FileHandle.standardError.write(Data((text(.cannotWrite(file: file, reason: error.reason)) + "\n").utf8))
                throw ExitCode(73)
            }
            var bytes = 0
            try await session.stream("vn.khuyenhoc.Registry.Backup", NoParameters()) { reply in
                let chunk = try session.decode(TransferChunk.self, from: reply)
                guard let data = Data(base64Encoded: chunk.data) else { throw CLIFailure.malformedReply("data is not base64") }
                do {
                    try target.write(data)
                } catch let error as AtomicFile.Failure {
                    FileHandle.standardError.write(Data((text(.cannotWrite(file: file, reason: error.reason)) + "\n").utf8))
                    throw ExitCode(74)
                }
                if let total = chunk.bytes { bytes = total }
            }
            do {
                try target.commit()
            } catch let error as AtomicFile.Failure {
                FileHandle.standardError.write(Data((text(.cannotWrite(file: file, reason: error.reason)) + "\n").utf8))
                throw ExitCode(74)
            }
            if session.json {
                print(JSONOutput.text(["file": file, "bytes": String(bytes)]))
            } else {
                print(text(.backedUp(bytes: bytes, file: file)))
            }
        }
    }
}
