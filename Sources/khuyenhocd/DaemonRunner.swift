import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocReminders
import KhuyenHocSample
import KhuyenHocSchedule
import KhuyenHocStore
import Logging
import NIOCore
import ServiceLifecycle
import Systemd
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// Starts the daemon from its options: paths, plugins, the Varlink server, and the services that
/// keep it running until a graceful shutdown.
struct DaemonRunner {
    let mode: DaemonMode
    let settings: DaemonSettings
    let logger: Logger
    /// The size of the sample district a new registry is filled with.
    var sampleScale: SampleScale = .sample
    /// Reads the settings again (config file under the command line), for a reload.
    let rereadSettings: @Sendable () throws -> DaemonSettings

    func run() async throws {
        // Caught from the start, not only once the service group runs: a SIGHUP or SIGTERM sent
        // as soon as the daemon is ready (or while it starts) waits in the pipe for the group.
        let signals = SignalPipe.signals([SIGHUP, SIGTERM, SIGINT])
        AllocatorLimits.apply()
        let paths = DaemonPaths()
        umask(mode == .user ? 0o077 : 0o007)
        let stateDirectory = settings.stateDirectory ?? paths.stateDirectory(for: mode)
        try Self.makeDirectory(stateDirectory)
        try StateFileLinks.refuse(in: stateDirectory)
        let registryFile = "\(stateDirectory)/\(RegistryBootstrap.fileName)"
        let newRegistry = !FileManager.default.fileExists(atPath: registryFile)
        try StateFolderCheck.check(stateDirectory, registryFile: registryFile, registryExists: !newRegistry)
        // Before any plugin is loaded: a plugin that crashed the last run stays out of this one.
        let health = PluginHealthKeeper(stateDirectory: stateDirectory, logger: Logger(label: "khuyenhocd.plugins"))
        let host = PluginHost(
            directory: URL(fileURLWithPath: settings.pluginDirectory ?? paths.pluginDirectory()),
            rubricDirectory: URL(fileURLWithPath: settings.rubricDirectory ?? paths.rubricDirectory(for: mode)),
            health: health, logger: Logger(label: "khuyenhocd.plugins"))
        host.reload()
        // Before the socket: the first call already sees the sample district.
        let loadSample = settings.loadSample ?? (mode == .user)
        let registry = try await RegistryBootstrap.open(
            stateDirectory: stateDirectory, loadSample: loadSample, scale: sampleScale,
            logger: Logger(label: "khuyenhocd.registry"))

        let activated = try SocketActivation.varlinkDescriptor()?.fd
        let notifier = SystemdNotifier()
        let socketPath = settings.socket ?? paths.socket(for: mode)
        let authorizer = AdminPolicy(try PeerAuthorizer(groupName: settings.adminGroup))
        let reloader = Reloader(
            host: host, authorizer: authorizer, settings: settings, reread: rereadSettings, notifier: notifier, logger: logger)
        let reminderHub = ReminderHub()
        let reminderClock = try TimerFDClock()
        let announcer = reminderAnnouncer(registry: registry, hub: reminderHub)
        let reminders = ReminderService(
            store: registry, clock: reminderClock, announcer: announcer,
            retryAfter: TimeInterval(settings.reminderRetry ?? 10))
        let context = DaemonContext(
            host: host, socket: socketPath, mode: mode, socketActivated: activated != nil,
            stateDirectory: stateDirectory, registry: registry, rollout: registry, rollUp: RollUpEvaluator(host: host, store: registry),
            deadlines: registry, reminders: reminders, reminderHub: reminderHub,
            startedAt: Date(), started: .now,
            reload: { await reloader.reload() })
        let service = VarlinkService(
            info: VarlinkServiceInfo(
                vendor: "KhuyenHoc", product: "khuyenhocd", version: DaemonContext.version,
                url: "https://github.com/khuyenhoc/khuyenhoc"),
            interfaces: [ModelsInterface.make(context), EvaluationInterface.make(context), ServiceInterface.make(context),
                         RegistryInterface.make(context, more: TransferMethods.make(context, spool: try SpoolFolder(stateDirectory: stateDirectory))),
                         ReportsInterface.make(context), RolloutInterface.make(context), RemindersInterface.make(context)],
            internalErrorName: KhuyenHocErrors.internalError,
            logger: Logger(label: "khuyenhocd.varlink"),
            authorizer: { authorizer.allows($0) })
        let server = VarlinkServer(service: service, configuration: serverConfiguration, logger: Logger(label: "khuyenhocd.server"))

        if let activated {
            try await server.start(at: .inheritedDescriptor(activated))
        } else {
            guard socketPath.utf8.count < 104 else { throw DaemonError.socketPathTooLong(socketPath) }
            try Self.makeDirectory((socketPath as NSString).deletingLastPathComponent)
            // A link there would be taken for an old socket when it points at one, and replaced.
            if StateFileLinks.isSymbolicLink(socketPath) { throw DaemonError.symbolicLink(socketPath) }
            try await server.start(at: try socketEndpoint(socketPath))
        }
        let counts = host.counts
        logger.notice("ready", metadata: [
            "socket": "\(activated.map { "fd \($0) (socket activation)" } ?? socketPath)",
            "plugins.loaded": "\(counts.loaded)", "plugins.failed": "\(counts.failed)",
        ])
        // READY=1 only now: the plugins are loaded and the socket accepts.
        _ = try? notifier.ready(status: counts.statusLine)
        // A new sample registry is evaluated once, while the daemon already serves (roll-ups
        // asked for meanwhile wait their turn). The benchmark's district is evaluated by the
        // benchmark itself, which times it.
        if newRegistry, loadSample, sampleScale == .sample {
            let rollUp = context.rollUp
            Task { await SampleEvaluation.run(rollUp, logger: Logger(label: "khuyenhocd.registry")) }
        }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: ServerService(server: server, notifier: notifier, logger: logger)),
            // SIGTERM and SIGINT end it, and so shut the group down gracefully.
            .init(service: ReloadSignalService(reloader: reloader, signals: signals), successTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: ReminderSchedulerService(
                reminders: reminders, registry: registry, clock: reminderClock, hub: reminderHub, outbox: announcer.outbox,
                // Long enough for a hook command in progress to end (it is killed at its timeout).
                drainLimit: .seconds(settings.reminderHookTimeout ?? 10) + .seconds(5),
                logger: Logger(label: "khuyenhocd.reminders"))),
        ]
        if let interval = notifier.watchdogInterval {
            services.append(.init(service: WatchdogService(notifier: notifier, interval: interval)))
        }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: services, logger: logger))
        try await group.run()
        logger.notice("stopped")
    }

    /// Every channel a delivered reminder goes to: Watch subscribers and the journal always, a
    /// desktop notification in user mode (unless turned off), the hook command when configured.
    private func reminderAnnouncer(registry: any RegistryStore, hub: ReminderHub) -> DaemonReminderAnnouncer {
        let logger = Logger(label: "khuyenhocd.reminders")
        let wantsDesktop = settings.desktopNotifications ?? (mode == .user)
        let outbox = ReminderOutbox(
            desktop: wantsDesktop ? ReminderDesktop() : nil,
            hook: settings.reminderHook.map {
                ReminderHook(arguments: $0, timeout: .seconds(settings.reminderHookTimeout ?? 10), logger: logger)
            },
            logger: logger)
        return DaemonReminderAnnouncer(registry: registry, hub: hub, journal: ReminderJournal(), outbox: outbox, logger: logger)
    }

    /// The socket path with its mode and group from the options.
    private func socketEndpoint(_ path: String) throws -> VarlinkEndpoint {
        let group = try settings.socketGroup.map { name in
            guard let entry = getgrnam(name) else { throw DaemonError.unknownGroup(name) }
            return entry.pointee.gr_gid
        }
        var mode: mode_t = group == nil ? 0o600 : 0o660
        if let text = settings.socketMode, let parsed = mode_t(text, radix: 8) { mode = parsed }
        return .path(path, mode: mode, group: group)
    }

    private var serverConfiguration: VarlinkServerConfiguration {
        var configuration = VarlinkServerConfiguration()
        configuration.maximumConnections = settings.maxConnections ?? 256
        configuration.idleTimeout = .seconds(Int64(settings.idleTimeout ?? 300))
        configuration.maximumFrameSize = settings.maxFrameSize ?? 8 * 1024 * 1024
        configuration.frameTooLargeError = KhuyenHocErrors.frameTooLarge
        configuration.malformedCallError = KhuyenHocErrors.malformedCall
        configuration.tooManyConnectionsError = KhuyenHocErrors.tooManyConnections
        return configuration
    }

    private static func makeDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw DaemonError.cannotCreateDirectory(path, error.localizedDescription)
        }
    }
}
