import Foundation

/// A command run to its end, with its output.
struct Command {
    var status: Int32
    var output: String
    var error: String

    /// Runs `program` (looked up in PATH) with `input` on stdin.
    static func run(_ program: String, _ arguments: [String], input: Data = Data()) throws -> Command {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while it runs: a large dump would fill one and stall the child.
        let group = DispatchGroup()
        let collected = CollectedOutput()
        DispatchQueue.global().async(group: group) { collected.setError(stderr.fileHandleForReading.readDataToEndOfFile()) }
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Command(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: collected.error, as: UTF8.self))
    }
}
