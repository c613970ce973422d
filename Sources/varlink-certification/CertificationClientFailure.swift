/// Why the client side of the certification failed.
struct CertificationClientFailure: Error, CustomStringConvertible {
    /// The method whose call or reply was wrong.
    var method: String
    var reason: String

    var description: String { "\(method): \(reason)" }
}
