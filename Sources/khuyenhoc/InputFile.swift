import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file the user named, or standard input for `-`, with the system's own words when it
/// cannot be read.
enum InputFile {
    /// Why the file could not be read, as the system says it.
    struct Unreadable: Error {
        var reason: String
    }

    /// The name to quote in messages: the path, or `(stdin)` for `-`.
    static func name(_ path: String) -> String {
        path == "-" ? "(stdin)" : path
    }

    static func read(_ path: String) throws(Unreadable) -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Unreadable(reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        // open(2) succeeds on a folder; reading it fails later with a less helpful error.
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw Unreadable(reason: String(cString: strerror(EISDIR)))
        }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw Unreadable(reason: error.localizedDescription)
        }
    }
}
