import Foundation
import KhuyenHocCore
import KhuyenHocSchedule
import KhuyenHocStore

/// What the interface handlers need to know about the running daemon.
struct DaemonContext: Sendable {
    static let version = "0.1.0"

    let host: PluginHost
    let socket: String
    let mode: DaemonMode
    let socketActivated: Bool
    let stateDirectory: String
    /// The district registry in the state folder.
    let registry: any RegistryStore
    /// The models' rollout per commune, in the registry's database.
    let rollout: any RolloutStore
    /// Stored evaluation of the registry's subjects, bottom-up.
    let rollUp: RollUpEvaluator
    /// Deadlines and their reminders' deliveries, in the registry's database.
    let deadlines: any DeadlineStore
    /// The scheduler that delivers reminders.
    let reminders: ReminderService
    /// The `Watch` subscribers.
    let reminderHub: ReminderHub
    let startedAt: Date
    let started: ContinuousClock.Instant
    /// Reloads configuration and rubric data, as SIGHUP does.
    let reload: @Sendable () async -> Void
}
