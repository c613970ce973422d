/// An interface a service offers: its name, its IDL text and its methods.
public struct VarlinkInterface: Sendable {
    /// The reverse-domain name, e.g. `vn.khuyenhoc.Models`.
    public var name: String
    /// The interface definition, served by `org.varlink.service.GetInterfaceDescription`.
    public var description: String
    public var methods: [String: VarlinkMethod]

    public init(name: String, description: String, methods: [VarlinkMethod]) {
        self.name = name
        self.description = description
        self.methods = Dictionary(uniqueKeysWithValues: methods.map { ($0.name, $0) })
    }
}
