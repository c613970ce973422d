import Foundation
import KhuyenHocAPI
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// Reads the rubric folder: every `*.json` file, by name, each read and routed to the model it
/// names. Checking the rubric itself is the plugin's work (`RubricFileReader`); this only finds
/// what a plugin needs and says, naming the file, why a file cannot get that far.
public enum RubricFolder {
    /// A rubric file is a few kilobytes; anything this large is not one.
    public static let maximumFileSize = 1 << 20

    /// The `*.json` files of `directory`, sorted by name; empty when the folder does not exist,
    /// nil when it exists but cannot be listed.
    public static func scan(_ directory: URL) -> [ScannedRubricFile]? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) ? nil : []
        }
        // Hidden files are editors' backups and locks, not rubrics.
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            read(file: name, at: directory.appendingPathComponent(name).path)
        }
    }

    /// Reads one file and routes it.
    static func read(file: String, at path: String) -> ScannedRubricFile {
        func rejected(_ reason: String) -> ScannedRubricFile {
            ScannedRubricFile(file: file, model: nil, text: nil, problems: [RubricProblem(field: "(file)", reason: reason)])
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            return rejected("cannot be opened: \(reason); the daemon runs as user \(userName), who must be able to read it")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            return rejected("is not a regular file")
        }
        guard status.st_size <= maximumFileSize else {
            return rejected("is \(status.st_size) bytes; a rubric file is at most \(maximumFileSize / 1024) KiB")
        }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            return rejected("cannot be read: \(error.localizedDescription)")
        }
        return route(data, file: file)
    }

    /// Routes a rubric text: the model it names, or what keeps it from any plugin.
    public static func route(_ data: Data, file: String) -> ScannedRubricFile {
        func rejected(_ field: String, _ reason: String, model: String? = nil) -> ScannedRubricFile {
            ScannedRubricFile(file: file, model: model, text: nil, problems: [RubricProblem(field: field, reason: reason)])
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // Windows editors add a BOM
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return rejected("(file)", "is UTF-16 text; save it as UTF-8")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return rejected("(file)", "is not UTF-8 text; save it as UTF-8")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            return rejected("(file)", "is empty")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: bytes)
        } catch {
            return rejected("(file)", "not valid JSON: \(syntaxError(in: bytes))")
        }
        guard case .object(let members) = value else {
            return rejected("(file)", "expected an object, got \(typeName(value))")
        }
        guard let model = members["model"] else {
            return rejected("model", "missing; name the model the rubric is for: citizen, family, clan, community or unit")
        }
        guard case .string(let id) = model, !id.isEmpty else {
            return rejected("model", "expected a model id such as \"citizen\", got \(typeName(model))")
        }
        return ScannedRubricFile(file: file, model: id, text: text, problems: [])
    }

    /// A JSON syntax error in words, with the line and column where the parser stopped.
    ///
    /// `JSONDecoder` here says only "not valid JSON"; `JSONSerialization` names the byte
    /// offset ("… around character 23."), which a person needs as a line and column.
    static func syntaxError(in data: Data) -> String {
        let fallback = "the text is not JSON"
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return fallback
        } catch {
            guard let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return fallback }
            if text.hasPrefix("Unexpected end of file") {
                return "the text ends before the JSON does; a closing \"}\", \"]\" or quote may be missing"
            }
            guard let marker = text.range(of: " around character "),
                  let offset = Int(text[marker.upperBound...].prefix { $0.isNumber }), offset <= data.count
            else { return text }
            let before = data.prefix(offset)
            let line = before.count { $0 == UInt8(ascii: "\n") } + 1
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
            let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
            let what = text[..<marker.lowerBound]
            return what.prefix(1).lowercased() + what.dropFirst() + " at line \(line), column \(column)"
        }
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string(let text): text.isEmpty ? "an empty string" : "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private static var userName: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "\(geteuid())" }
        return String(cString: name)
    }
}
