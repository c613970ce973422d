/// A JSON text that does not parse: where, and why.
struct JSONSyntaxError: Error, CustomStringConvertible {
    var offset: Int
    var reason: String

    var description: String { "The JSON is not valid at byte \(offset): \(reason)." }
}
