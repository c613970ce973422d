/// The path to a value, kept as a linked list and turned into `[CodingKey]` only when asked
/// (for an error), so decoding does not build an array per value.
final class CodingPathNode: Sendable {
    let parent: CodingPathNode?
    let key: NodeKey

    init(parent: CodingPathNode?, key: NodeKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ node: CodingPathNode?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = node
        while let node = current {
            keys.append(node.key)
            current = node.parent
        }
        return keys.reversed()
    }
}
