import Varlink

extension VarlinkError {
    /// `org.varlink.certification.CertificationError`: the call differs from what the test expects.
    static func certification(wants: JSONValue, got: JSONValue) -> VarlinkError {
        VarlinkError(CertificationValues.method("CertificationError"), parameters: ["wants": wants, "got": got])
    }

    /// `org.varlink.certification.ClientIdError`: the `client_id` is not one `Start` handed out
    /// (or its session has ended).
    static let clientID = VarlinkError(CertificationValues.method("ClientIdError"))
}
