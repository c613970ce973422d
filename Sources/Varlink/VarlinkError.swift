import Foundation

/// A Varlink error reply: a fully qualified error name and its parameters.
///
/// Handlers throw it to answer a call with a declared error; the server sends it as
/// `{"error": name, "parameters": {...}}`.
public struct VarlinkError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The fully qualified error name, e.g. `org.varlink.service.MethodNotFound`.
    public var name: String
    /// The error's parameters as declared in its interface.
    public var parameters: [String: JSONValue]

    public init(_ name: String, parameters: [String: JSONValue] = [:]) {
        self.name = name
        self.parameters = parameters
    }

    public var description: String {
        guard !parameters.isEmpty,
              let data = try? VarlinkJSON.encoder.encode(parameters),
              let text = String(data: data, encoding: .utf8) else { return name }
        return "\(name) \(text)"
    }

    public static func interfaceNotFound(_ interface: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InterfaceNotFound", parameters: ["interface": .string(interface)])
    }

    public static func methodNotFound(_ method: String) -> VarlinkError {
        VarlinkError("org.varlink.service.MethodNotFound", parameters: ["method": .string(method)])
    }

    public static func methodNotImplemented(_ method: String) -> VarlinkError {
        VarlinkError("org.varlink.service.MethodNotImplemented", parameters: ["method": .string(method)])
    }

    public static func invalidParameter(_ parameter: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InvalidParameter", parameters: ["parameter": .string(parameter)])
    }

    public static let permissionDenied = VarlinkError("org.varlink.service.PermissionDenied")

    public static let expectedMore = VarlinkError("org.varlink.service.ExpectedMore")
}
