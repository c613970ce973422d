import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// A Varlink server on a Unix socket, built on SwiftNIO.
///
/// ```swift
/// let server = VarlinkServer(service: service)
/// try await server.start(at: .path("/run/user/1000/example.sock"))
/// …
/// await server.shutdown()
/// ```
public final class VarlinkServer: Sendable {
    public let service: VarlinkService
    public let configuration: VarlinkServerConfiguration
    private let group: any EventLoopGroup
    private let logger: Logger
    private let listener = NIOLockedValueBox<(any Channel)?>(nil)
    private let connections = NIOLockedValueBox<[ObjectIdentifier: any Channel]>([:])

    public init(
        service: VarlinkService,
        configuration: VarlinkServerConfiguration = .init(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "varlink.server")
    ) {
        self.service = service
        self.configuration = configuration
        self.group = group
        self.logger = logger
    }

    /// The number of connections being served now.
    public var connectionCount: Int { connections.withLockedValue { $0.count } }

    /// Starts listening; returns once the socket accepts connections.
    public func start(at endpoint: VarlinkEndpoint) async throws {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .childChannelInitializer { [self] channel in initialize(connection: channel) }
        let channel: any Channel
        switch endpoint {
        case .path(let path, let mode, let socketGroup):
            channel = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
            guard chmod(path, mode) == 0 else { throw VarlinkServerError.socketMode(path: path, errno: errno) }
            if let socketGroup, chown(path, uid_t.max, socketGroup) != 0 {
                throw VarlinkServerError.socketGroup(path: path, errno: errno)
            }
        case .inheritedDescriptor(let descriptor):
            channel = try await bootstrap.withBoundSocket(NIOBSDSocket.Handle(descriptor)).get()
        }
        listener.withLockedValue { $0 = channel }
    }

    /// Stops accepting, lets calls in progress finish within the grace period, then closes every
    /// connection. A socket file the server bound is removed; an inherited one is left alone.
    public func shutdown() async {
        let channel = listener.withLockedValue { current in
            defer { current = nil }
            return current
        }
        try? await channel?.close()
        let open = connections.withLockedValue { Array($0.values) }
        for connection in open {
            connection.pipeline.fireUserInboundEventTriggered(VarlinkServerEvent.shutdown)
        }
        let deadline = ContinuousClock.now + .nanoseconds(configuration.shutdownGracePeriod.nanoseconds)
        while connectionCount > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        for connection in connections.withLockedValue({ Array($0.values) }) {
            try? await connection.close()
        }
    }

    private func initialize(connection channel: any Channel) -> EventLoopFuture<Void> {
        let id = ObjectIdentifier(channel)
        let admitted = connections.withLockedValue { open -> Bool in
            guard open.count < configuration.maximumConnections else { return false }
            open[id] = channel
            return true
        }
        guard admitted else {
            logger.warning("connection refused: too many connections", metadata: ["limit": "\(configuration.maximumConnections)"])
            return refuse(channel)
        }
        channel.closeFuture.whenComplete { [connections] _ in
            _ = connections.withLockedValue { $0.removeValue(forKey: id) }
        }
        return PeerCredentials.read(from: channel).flatMapThrowing { [self] peer in
            let handlers = channel.pipeline.syncOperations
            try handlers.addHandler(ByteToMessageHandler(NULFrameDecoder(maximumFrameSize: configuration.maximumFrameSize)))
            if let idle = configuration.idleTimeout {
                try handlers.addHandler(IdleStateHandler(readTimeout: idle))
            }
            var connectionLogger = logger
            connectionLogger[metadataKey: "peer"] = "\(peer.map(String.init(describing:)) ?? "unknown")"
            try handlers.addHandler(VarlinkConnectionHandler(
                service: service, configuration: configuration, peer: peer, logger: connectionLogger))
        }
    }

    private func refuse(_ channel: any Channel) -> EventLoopFuture<Void> {
        let frame = configuration.tooManyConnectionsError.flatMap { name in
            try? VarlinkFrame.error(VarlinkError(
                name, parameters: ["limit": .number(Double(configuration.maximumConnections))]))
        }
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(VarlinkRefusalHandler(frame: frame.map { ByteBuffer(data: $0) }))
        }
    }
}

/// Why a server could not start.
public enum VarlinkServerError: Error, CustomStringConvertible {
    case socketMode(path: String, errno: Int32)
    case socketGroup(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .socketMode(let path, let code): "cannot set the mode of \(path): \(String(cString: strerror(code)))"
        case .socketGroup(let path, let code): "cannot set the group of \(path): \(String(cString: strerror(code)))"
        }
    }
}
