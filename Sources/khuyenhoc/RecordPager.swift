import Foundation

/// Reads a registry list: one page of `limit`, or with `all` every page by following `nextCursor`.
enum RecordPager {
    /// The items of the pages read, and the cursor of the next page when not every page was read.
    static func read<Item>(
        all: Bool, limit: Int, _ page: (_ limit: Int, _ cursor: String?) async throws -> (items: [Item], next: String?)
    ) async throws -> (items: [Item], next: String?) {
        var items: [Item] = []
        var cursor: String?
        repeat {
            // Full pages when reading everything: fewer round trips, the same result.
            let reply = try await page(all ? 1000 : limit, cursor)
            items += reply.items
            cursor = reply.next
        } while all && cursor != nil
        return (items, cursor)
    }
}
