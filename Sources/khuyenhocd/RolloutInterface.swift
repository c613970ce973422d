import KhuyenHocAPI
import KhuyenHocCore
import Logging
import Varlink

/// `vn.khuyenhoc.Rollout`: the models' rollout phases per commune, their history and plans
/// (issue 5). Reads are open; writes are privileged and record the caller's uid.
enum RolloutInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        let reads = RolloutReads(store: context.rollout)
        let reminders = context.reminders
        let logger = Logger(label: "khuyenhocd.reminders")
        let writes = RolloutWrites(store: context.rollout) {
            do {
                try await reminders.reload()
            } catch {
                // The write stands; the scheduler keeps its previous arming until the next change or start.
                logger.error("reminders not re-armed after a rollout change", metadata: ["error": "\(error)"])
            }
        }
        return VarlinkInterface(
            name: KhuyenHocInterfaces.rollout,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.rollout]!,
            methods: [
                .typed("GetMatrix") { (parameters: GetMatrixParameters, _) in
                    try await reads.matrix(parameters, today: ReportDay.today())
                },
                .typed("GetTimeline") { (parameters: GetTimelineParameters, _) in
                    try await reads.timeline(parameters, today: ReportDay.today())
                },
                .typed("ListLate") { (parameters: ListLateParameters, _) in
                    try await reads.late(parameters, today: ReportDay.today())
                },
                .typed("SetPhase", access: .privileged) { (parameters: SetPhaseParameters, request) in
                    guard let uid = request.peer?.uid else { throw VarlinkError.permissionDenied }
                    return try await writes.setPhase(parameters, uid: uid, today: ReportDay.today())
                },
                .typed("ApplyPlan", access: .privileged) { (parameters: ApplyPlanParameters, request) in
                    guard let uid = request.peer?.uid else { throw VarlinkError.permissionDenied }
                    return try await writes.applyPlan(parameters, uid: uid, today: ReportDay.today())
                },
                .typed("SetPhaseDeadline", access: .privileged) { (parameters: SetPhaseDeadlineParameters, request) in
                    guard let uid = request.peer?.uid else { throw VarlinkError.permissionDenied }
                    return try await writes.setPhaseDeadline(parameters, uid: uid, today: ReportDay.today())
                },
            ])
    }
}
