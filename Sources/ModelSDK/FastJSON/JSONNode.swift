/// A JSON value parsed by `JSONParser`, for `NodeDecoder`. Objects keep their members in order
/// as a list: facts objects are small, and a linear search beats hashing every key.
enum JSONNode: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([(key: String, value: JSONNode)])

    /// What the value is, in the words of `JSONDecoder`'s type-mismatch errors.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "a string"
        case .array: "an array"
        case .object: "a dictionary"
        }
    }
}
