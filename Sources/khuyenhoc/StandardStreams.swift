import Foundation

/// Lines written straight to the descriptors, unbuffered: a pipe or a log gets each one as it
/// happens, which `print` (buffered when stdout is not a terminal) does not promise.
enum StandardStreams {
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
