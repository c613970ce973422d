import Foundation
import KhuyenHocAPI
import Varlink

extension PluginHost {
    /// Evaluates one subject through its model's plugin and returns the plugin's `Result` JSON
    /// object as it is, or throws the declared error.
    ///
    /// `facts` is the raw JSON of the facts object, handed to the plugin without being decoded
    /// here: the plugin decodes it once, into its own facts type. The rubric is the one named by
    /// `rubricVersion`, else the newest for `year`, else the active one; `partial` scores what
    /// the facts give and grants no title.
    public func evaluate(
        model id: String, facts: Data, year: Int?, rubricVersion: String? = nil, partial: Bool? = nil
    ) throws(VarlinkError) -> Data {
        guard let loaded = model(id), let plugin = loaded.plugin else {
            throw KhuyenHocErrors.modelNotFound(id, interface: KhuyenHocInterfaces.evaluation)
        }
        if rubricVersion != nil || year != nil, let description = loaded.description {
            // The plugin would refuse too, as invalid facts; a declared error says it better.
            _ = try Self.document(of: description, version: rubricVersion, year: year, interface: KhuyenHocInterfaces.evaluation)
        }
        guard facts.first == UInt8(ascii: "{") else {
            throw KhuyenHocErrors.invalidFacts(model: id, field: "facts", reason: "must be a JSON object")
        }
        var input = Data("{\"facts\":".utf8)
        input.append(facts)
        if let year { input.append(contentsOf: Array(",\"year\":\(year)".utf8)) }
        if let rubricVersion {
            input.append(contentsOf: Array(",\"rubricVersion\":".utf8))
            input.append(Self.jsonString(rubricVersion))
        }
        if let partial { input.append(contentsOf: Array(",\"partial\":\(partial)".utf8)) }
        input.append(UInt8(ascii: "}"))
        switch plugin.evaluate(input) {
        case .success(let json):
            // The result goes into a reply frame as it is: it must be one object and hold no NUL.
            guard json.first == UInt8(ascii: "{"), json.last == UInt8(ascii: "}"), !Self.containsNUL(json) else {
                throw KhuyenHocErrors.pluginFailed(model: id, reason: "the plugin's result is not a JSON object")
            }
            return json
        case .invalidInput(let json):
            let problem = (try? JSONDecoder().decode(InvalidFacts.self, from: json))
                ?? InvalidFacts(field: "facts", reason: String(decoding: json, as: UTF8.self))
            throw KhuyenHocErrors.invalidFacts(model: id, field: problem.field, reason: problem.reason)
        case .failure(let json):
            throw KhuyenHocErrors.pluginFailed(model: id, reason: PluginReason.text(json))
        }
    }

    private static func jsonString(_ text: String) -> Data {
        (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
    }

    private static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
    }
}
