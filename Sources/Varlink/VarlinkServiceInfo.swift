/// What `org.varlink.service.GetInfo` reports about a service.
public struct VarlinkServiceInfo: Sendable, Codable, Equatable {
    public var vendor: String
    public var product: String
    public var version: String
    public var url: String

    public init(vendor: String, product: String, version: String, url: String) {
        self.vendor = vendor
        self.product = product
        self.version = version
        self.url = url
    }
}
