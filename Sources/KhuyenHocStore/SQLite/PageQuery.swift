import GRDB

/// One paged list query: rows of `source` that meet every condition, in the order of `sortKey`
/// then `id`, starting after the request's cursor. Keyset paging: the next page starts after the
/// last row's key, so rows added meanwhile neither repeat nor shift a page.
struct PageQuery: Sendable {
    /// The columns to select.
    var columns: String
    /// The `FROM` clause: a table with its alias, and joins.
    var source: String
    /// The expression rows are ordered by (a sort key), then `id`.
    var sortKey: String
    var id: String
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible & Sendable] = []

    init(columns: String, source: String, sortKey: String, id: String) {
        self.columns = columns
        self.source = source
        self.sortKey = sortKey
        self.id = id
    }

    mutating func require(_ condition: String, _ values: any DatabaseValueConvertible & Sendable...) {
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    /// Requires every word of `name`, folded as ``VietnameseText/searchKey(_:)`` folds names, to
    /// begin a word of the name key in `column`.
    mutating func requireName(_ name: String?, column: String) {
        guard let name else { return }
        for word in VietnameseText.searchKey(name).split(separator: " ") {
            require("instr(' ' || \(column), ?) > 0", " " + word)
        }
    }

    /// Fetches the page; `make` reads one item from a row.
    func fetch<Item: Sendable>(_ db: Database, page: PageRequest, _ make: (Row) throws -> Item) throws -> Page<Item> {
        var conditions = conditions
        var arguments = arguments
        if let cursor = page.cursor {
            conditions.append("(\(sortKey), \(id)) > (?, ?)")
            arguments.append(cursor.sortKey)
            arguments.append(cursor.id)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT \(columns), \(sortKey) AS page_sort_key, \(id) AS page_id FROM \(source) \(filter)
            ORDER BY \(sortKey), \(id) LIMIT \(page.limit + 1)
            """
        let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map { $0 as (any DatabaseValueConvertible)? }))
        let items = try rows.prefix(page.limit).map(make)
        var next: PageCursor?
        if rows.count > page.limit, let last = rows.prefix(page.limit).last {
            next = PageCursor(sortKey: try last.decode(forColumn: "page_sort_key"), id: try last.decode(forColumn: "page_id"))
        }
        return Page(items: items, next: next)
    }
}
