import Foundation
import Varlink

/// A plugin's answer to `evaluate_batch`, `{"results": [{"result": …} | {"error": {"field",
/// "reason"}}…]}`, split into one entry per subject without decoding the results: each result's
/// bytes are stored as they are, and only its few top-level members are read.
struct BatchReply {
    /// One subject's entry.
    enum Entry {
        case result(EvaluatedResult)
        case refused(CompositionProblem)
    }

    /// A result as stored: its text and what the registry indexes of it.
    struct EvaluatedResult {
        var json: String
        var rubricVersion: String
        var recognized: Bool
        var total: Double
        var grade: String?
    }

    static func entries(_ reply: Data, expected: Int) throws(CompositionProblem) -> [Entry] {
        // The plugins answer `{"results":[…]}` exactly: then the list is read straight away, not
        // after a walk over the whole reply to split its members (which took as long as reading
        // the list; perf, khuyenhoc-bench --roll-up). Anything else takes the general way.
        if reply.starts(with: Self.resultsPrefix), reply.last == UInt8(ascii: "}") {
            let list = reply[(reply.startIndex + Self.resultsPrefix.count)..<(reply.endIndex - 1)]
            let read: Result<[Entry], CompositionProblem>? = list.withUnsafeBytes { bytes in
                guard let elements = Self.elements(of: bytes) else { return nil }
                return Result { () throws(CompositionProblem) -> [Entry] in try entries(in: bytes, elements, expected: expected) }
            }
            if let read { return try read.get() }
        }
        guard let members = JSONObjectMembers(reply), let list = members["results"] else {
            throw CompositionProblem(field: "results", reason: "the plugin's batch answer is not {\"results\": [...]}")
        }
        let read: Result<[Entry], CompositionProblem> = list.withUnsafeBytes { bytes in
            Result { () throws(CompositionProblem) -> [Entry] in try entries(in: bytes, expected: expected) }
        }
        return try read.get()
    }

    private static let resultsPrefix = Array("{\"results\":".utf8)

    private static func entries(in bytes: UnsafeRawBufferPointer, expected: Int) throws(CompositionProblem) -> [Entry] {
        try entries(in: bytes, Self.elements(of: bytes), expected: expected)
    }

    private static func entries(in bytes: UnsafeRawBufferPointer, _ elements: [Range<Int>]?, expected: Int) throws(CompositionProblem) -> [Entry] {
        guard let elements, elements.count == expected else {
            throw CompositionProblem(field: "results", reason: "the plugin answered \(elements?.count ?? 0) results for \(expected) subjects")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(expected)
        for range in elements { entries.append(try entry(UnsafeRawBufferPointer(rebasing: bytes[range]))) }
        return entries
    }

    private static let resultPrefix = Array("{\"result\":".utf8)

    /// One element: the result's text is copied once, straight from the reply; its few indexed
    /// members are read from the front of it, where the plugins write them (`ResultFields`).
    private static func entry(_ element: UnsafeRawBufferPointer) throws(CompositionProblem) -> Entry {
        if element.starts(with: resultPrefix), element.last == UInt8(ascii: "}") {
            let json = UnsafeRawBufferPointer(rebasing: element[resultPrefix.count..<(element.count - 1)])
            guard let fields = ResultFields(json), let version = fields.rubricVersion, let recognized = fields.recognized,
                  let total = fields.total
            else {
                throw CompositionProblem(field: "result", reason: "the plugin's result lacks rubricVersion, recognized or total")
            }
            return .result(EvaluatedResult(
                json: String(decoding: json, as: UTF8.self), rubricVersion: version, recognized: recognized, total: total, grade: fields.grade))
        }
        guard let members = JSONObjectMembers(Data(element)), let error = members["error"].flatMap(JSONObjectMembers.init) else {
            throw CompositionProblem(field: "results", reason: "the plugin's batch answer holds neither a result nor an error")
        }
        return .refused(CompositionProblem(field: error.string("field") ?? "facts", reason: error.string("reason") ?? "refused"))
    }

    /// The byte ranges of the elements of the JSON array in `bytes`; nil when it is not one.
    private static func elements(of bytes: UnsafeRawBufferPointer) -> [Range<Int>]? {
        guard bytes.first == UInt8(ascii: "[") else { return nil }
        var ranges: [Range<Int>] = []
        var depth = 0
        var start = 1
        var index = 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0 { start = index }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return index == bytes.count - 1 ? ranges : nil }
                depth -= 1
                if depth == 0 { ranges.append(start..<(index + 1)) }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
