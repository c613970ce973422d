import Foundation
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// Reads a facts JSON document from a file, or from standard input for `-`.
enum FactsReader {
    static func read(_ path: String) throws -> JSONValue {
        let name = path == "-" ? "(stdin)" : path
        let data = try path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : contents(of: path)
        guard data.contains(where: { !Character(UnicodeScalar($0)).isWhitespace }) else {
            throw CLIFailure.factsEmpty(file: name)
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw CLIFailure.factsNotJSON(file: name, reason: syntaxError(in: data) ?? "\(error)")
        }
    }

    /// The file's bytes; the system's own words when it cannot be read.
    private static func contents(of path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(path, errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw unreadable(path, EISDIR) }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw CLIFailure.factsUnreadable(file: path, reason: error.localizedDescription)
        }
    }

    private static func unreadable(_ path: String, _ code: Int32) -> CLIFailure {
        CLIFailure.factsUnreadable(file: path, reason: String(cString: strerror(code)))
    }

    /// Where the JSON goes wrong, as the parser says it (JSONDecoder only says that it does).
    private static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }
}
