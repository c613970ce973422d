import Foundation
import Logging

/// Routes calls to the interfaces a server offers, including `org.varlink.service` itself,
/// and enforces who may call privileged methods.
public final class VarlinkService: Sendable {
    /// Decides whether a caller may call `.privileged` methods.
    public typealias Authorizer = @Sendable (PeerCredentials?) -> Bool

    public let info: VarlinkServiceInfo
    private let interfaces: [String: VarlinkInterface]
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
        let names = [VarlinkServiceInterface.name] + interfaces.map(\.name)
        var descriptions = [VarlinkServiceInterface.name: VarlinkServiceInterface.description]
        for interface in interfaces { descriptions[interface.name] = interface.description }
        let allDescriptions = descriptions
        var all = [VarlinkServiceInterface.name: Self.builtinInterface(
            info: info, names: { names }, descriptions: { allDescriptions[$0] })]
        for interface in interfaces { all[interface.name] = interface }
        self.interfaces = all
        self.authorizer = authorizer
        self.internalErrorName = internalErrorName
        self.logger = logger
    }

    /// The IDL text of an interface, or nil if the service does not offer it.
    public func interfaceDescription(_ name: String) -> String? { interfaces[name]?.description }

    /// Finds the method a call names and checks the caller may call it.
    public func resolve(_ request: VarlinkRequest) -> Result<VarlinkMethod, VarlinkError> {
        let header = request.header
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
        // Checked here for every method: one that takes no parameters never decodes them.
        if let raw = request.rawParameters, raw.first(where: { !Self.isJSONSpace($0) }) != UInt8(ascii: "{") {
            return .failure(.invalidParameter("parameters"))
        }
        return .success(method)
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Answers one call: the last reply's body, or the error to send.
    public func handle(_ request: VarlinkRequest, stream: VarlinkReplyStream) async -> Result<VarlinkReplyBody, VarlinkError> {
        switch resolve(request) {
        case .failure(let error):
            return .failure(error)
        case .success(let method):
            switch method.implementation {
            case .immediate(let handler):
                return run(request) { try handler(request) }
            case .task(let handler):
                do {
                    return .success(try await handler(request, stream))
                } catch {
                    return .failure(declared(error, method: request.header.method))
                }
            }
        }
    }

    /// Runs an immediate handler and turns what it threw into a declared error.
    func run(_ request: VarlinkRequest, _ body: () throws -> VarlinkReplyBody) -> Result<VarlinkReplyBody, VarlinkError> {
        do {
            return .success(try body())
        } catch {
            return .failure(declared(error, method: request.header.method))
        }
    }

    private func declared(_ error: any Error, method: String) -> VarlinkError {
        if let error = error as? VarlinkError { return error }
        logger.error("method failed", metadata: ["method": "\(method)", "error": "\(error)"])
        return internalError("\(error)")
    }

    /// The service's declared error for a failure of its own.
    func internalError(_ reason: String) -> VarlinkError {
        VarlinkError(internalErrorName, parameters: ["reason": .string(reason)])
    }

    private static func builtinInterface(info: VarlinkServiceInfo, names: @escaping @Sendable () -> [String],
                                         descriptions: @escaping @Sendable (String) -> String?) -> VarlinkInterface {
        VarlinkInterface(
            name: VarlinkServiceInterface.name,
            description: VarlinkServiceInterface.description,
            methods: [
                .immediate("GetInfo") { (_: NoParameters, _) in GetInfoReply(info: info, interfaces: names()) },
                .immediate("GetInterfaceDescription") { (parameters: GetInterfaceDescriptionParameters, _) in
                    guard let description = descriptions(parameters.interface) else {
                        throw VarlinkError.interfaceNotFound(parameters.interface)
                    }
                    return ["description": description]
                },
            ])
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

private struct GetInterfaceDescriptionParameters: Decodable, Sendable {
    var interface: String
}
