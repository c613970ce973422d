import Foundation
import Varlink

/// Reads a facts JSON document from a file, or from standard input for `-`.
enum FactsReader {
    static func read(_ path: String) throws -> JSONValue {
        let name = InputFile.name(path)
        let data: Data
        do throws(InputFile.Unreadable) {
            data = try InputFile.read(path)
        } catch {
            throw CLIFailure.factsUnreadable(file: name, reason: error.reason)
        }
        guard data.contains(where: { !Character(UnicodeScalar($0)).isWhitespace }) else {
            throw CLIFailure.factsEmpty(file: name)
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw CLIFailure.factsNotJSON(file: name, reason: JSONSyntax.error(in: data) ?? "\(error)")
        }
    }
}
