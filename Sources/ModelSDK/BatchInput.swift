import Foundation

/// Reads a batch request, `{"subjects": [{"facts", "year", …}…]}`: parsed once, then each subject
/// decoded on its own, so one subject's bad facts fail that subject alone.
enum BatchInput {
    static func subjects(in input: Data) throws(InvalidFacts) -> [JSONNode] {
        let root: JSONNode
        do {
            root = try input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONNode in
                try JSONParser.parse(raw.bindMemory(to: UInt8.self))
            }
        } catch let error as JSONSyntaxError {
            throw InvalidFacts(field: "subjects", reason: error.description)
        } catch {
            throw InvalidFacts(field: "subjects", reason: "\(error)")
        }
        guard case .object(let members) = root, let subjects = members.last(where: { $0.key == "subjects" })?.value else {
            throw InvalidFacts(field: "subjects", reason: "missing: a batch is {\"subjects\": [...]}")
        }
        guard case .array(let list) = subjects else { throw InvalidFacts(field: "subjects", reason: "expected a list") }
        return list
    }

    /// One subject's request; a decoding error names the field inside the subject's facts.
    static func request<Request: Decodable>(_ type: Request.Type, from node: JSONNode) throws(InvalidFacts) -> Request {
        do {
            return try Request(from: NodeDecoder(node: node, path: nil))
        } catch let error as DecodingError {
            throw InvalidFacts(decodingError: error)
        } catch let error as InvalidFacts {
            throw error
        } catch {
            throw InvalidFacts(field: "facts", reason: "\(error)")
        }
    }
}
