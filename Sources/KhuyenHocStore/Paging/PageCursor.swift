import Foundation

/// Where a page ended, so that the next one starts right after it even when rows are added in
/// between: the sort key and id of the last row (keyset paging, stable under inserts).
public struct PageCursor: Sendable, Hashable {
    let sortKey: String
    let id: Int64

    init(sortKey: String, id: Int64) {
        self.sortKey = sortKey
        self.id = id
    }

    /// The cursor as an opaque string for clients (URL-safe base64).
    public var token: String {
        Data("\(id):\(sortKey)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a ``token``; a string this store did not hand out is refused.
    public init(token: String) throws(RegistryError) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":"), let id = Int64(text[..<colon])
        else { throw .invalidPage("the cursor \(token) was not handed out by this registry") }
        self.init(sortKey: String(text[text.index(after: colon)...]), id: id)
    }
}
