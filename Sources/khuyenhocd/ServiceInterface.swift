import Foundation
import KhuyenHocAPI
import Varlink

/// `vn.khuyenhoc.Service`: the daemon's status, and reloading it.
enum ServiceInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        VarlinkInterface(
            name: KhuyenHocInterfaces.service,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.service]!,
            methods: [
                .immediate("GetStatus") { (_: NoParameters, _) in
                    ServiceStatus(
                        version: DaemonContext.version,
                        startedAt: context.startedAt.formatted(.iso8601),
                        uptimeSeconds: Self.seconds(ContinuousClock.now - context.started),
                        socket: context.socket,
                        mode: context.mode.rawValue,
                        socketActivated: context.socketActivated,
                        stateDirectory: context.stateDirectory,
                        pluginDirectory: context.host.directory.path,
                        rubricDirectory: context.host.rubricDirectory?.path ?? "",
                        plugins: context.host.counts)
                },
                .typed("Reload", access: .privileged) { (_: NoParameters, _) in
                    await context.reload()
                    return ReloadReply(plugins: context.host.counts)
                },
            ])
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
