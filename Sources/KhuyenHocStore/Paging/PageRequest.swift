/// Which page of a list to read: at most `limit` rows, after `cursor` (nil for the first page).
public struct PageRequest: Sendable, Hashable {
    /// The most rows one page may hold.
    public static let maximumLimit = 1000

    public var limit: Int
    public var cursor: PageCursor?

    public init(limit: Int = 100, after cursor: PageCursor? = nil) {
        self.limit = limit
        self.cursor = cursor
    }

    /// The first page of `limit` rows.
    public static func first(_ limit: Int = 100) -> PageRequest { PageRequest(limit: limit) }

    func validated() throws(RegistryError) -> PageRequest {
        guard (1...Self.maximumLimit).contains(limit) else {
            throw .invalidPage("the limit \(limit) is not from 1 to \(Self.maximumLimit)")
        }
        return self
    }
}
