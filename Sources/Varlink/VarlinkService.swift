import Foundation
import Logging

/// Routes calls to the interfaces a server offers, including `org.varlink.service` itself,
/// and enforces who may call privileged methods.
public final class VarlinkService: Sendable {
    /// Decides whether a caller may call `.privileged` methods.
    public typealias Authorizer = @Sendable (PeerCredentials?) -> Bool

    public let info: VarlinkServiceInfo
    private let interfaces: [String: VarlinkInterface]
    private let interfaceNames: [String]
    private let authorizer: Authorizer
    private let internalErrorName: String
    private let logger: Logger

    /// - Parameters:
    ///   - internalErrorName: the declared error sent when a handler fails with an error that is
    ///     not a `VarlinkError`; it carries a `reason` parameter.
    public init(
        info: VarlinkServiceInfo,
        interfaces: [VarlinkInterface],
        internalErrorName: String = "org.varlink.service.MethodNotImplemented",
        logger: Logger = Logger(label: "varlink.service"),
        authorizer: @escaping Authorizer = { _ in true }
    ) {
        self.info = info
        var all = [VarlinkServiceInterface.name: VarlinkInterface(
            name: VarlinkServiceInterface.name, description: VarlinkServiceInterface.description, methods: [])]
        for interface in interfaces { all[interface.name] = interface }
        self.interfaces = all
        self.interfaceNames = [VarlinkServiceInterface.name] + interfaces.map(\.name)
        self.authorizer = authorizer
        self.internalErrorName = internalErrorName
        self.logger = logger
    }

    /// The IDL text of an interface, or nil if the service does not offer it.
    public func interfaceDescription(_ name: String) -> String? { interfaces[name]?.description }

    /// Answers one call: the last reply's body, or the error to send.
    public func handle(_ request: VarlinkRequest, stream: VarlinkReplyStream) async -> Result<VarlinkReplyBody, VarlinkError> {
        let header = request.header
        if header.interface == VarlinkServiceInterface.name {
            return builtin(request)
        }
        guard let interface = interfaces[header.interface] else {
            return .failure(.interfaceNotFound(header.interface))
        }
        guard let method = interface.methods[header.member] else {
            return .failure(.methodNotFound(header.method))
        }
        if method.access == .privileged, !authorizer(request.peer) {
            logger.notice("refused privileged call", metadata: [
                "method": "\(header.method)", "peer": "\(request.peer.map(String.init(describing:)) ?? "unknown")",
            ])
            return .failure(.permissionDenied)
        }
        do {
            return .success(try await method.handler(request, stream))
        } catch let error as VarlinkError {
            return .failure(error)
        } catch {
            logger.error("method failed", metadata: ["method": "\(header.method)", "error": "\(error)"])
            return .failure(internalError("\(error)"))
        }
    }

    /// The service's declared error for a failure of its own.
    func internalError(_ reason: String) -> VarlinkError {
        VarlinkError(internalErrorName, parameters: ["reason": .string(reason)])
    }

    private func builtin(_ request: VarlinkRequest) -> Result<VarlinkReplyBody, VarlinkError> {
        switch request.header.member {
        case "GetInfo":
            return .success(.value(GetInfoReply(info: info, interfaces: interfaceNames)))
        case "GetInterfaceDescription":
            let parameters: GetInterfaceDescriptionParameters
            do { parameters = try request.decodeParameters() } catch { return .failure(error) }
            guard let description = interfaces[parameters.interface]?.description else {
                return .failure(.interfaceNotFound(parameters.interface))
            }
            return .success(.value(["description": description]))
        default:
            return .failure(.methodNotFound(request.header.method))
        }
    }
}

private struct GetInfoReply: Encodable, Sendable {
    var vendor, product, version, url: String
    var interfaces: [String]

    init(info: VarlinkServiceInfo, interfaces: [String]) {
        vendor = info.vendor
        product = info.product
        version = info.version
        url = info.url
        self.interfaces = interfaces
    }
}

private struct GetInterfaceDescriptionParameters: Decodable {
    var interface: String
}
