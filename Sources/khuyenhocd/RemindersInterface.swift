import KhuyenHocAPI
import KhuyenHocCore
import Varlink

/// `vn.khuyenhoc.Reminders`: deadlines, the reminders that will come and those delivered, and
/// the `Watch` stream (issue 5). Reads and Watch are open; writes are privileged and record the
/// caller's uid.
enum RemindersInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        let reads = RemindersReads(registry: context.registry, deadlines: context.deadlines, reminders: context.reminders)
        let writes = RemindersWrites(registry: context.registry, deadlines: context.deadlines, reminders: context.reminders, reads: reads)
        let hub = context.reminderHub
        let registry = context.registry
        return VarlinkInterface(
            name: KhuyenHocInterfaces.reminders,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.reminders]!,
            methods: [
                .typed("AddDeadline", access: .privileged) { (parameters: AddDeadlineParameters, request) in
                    try await writes.add(parameters, uid: try caller(request))
                },
                .typed("UpdateDeadline", access: .privileged) { (parameters: UpdateDeadlineParameters, request) in
                    try await writes.update(parameters, uid: try caller(request))
                },
                .typed("RemoveDeadline", access: .privileged) { (parameters: RemoveDeadlineParameters, _) in
                    try await writes.remove(parameters)
                },
                .typed("GetDeadline") { (parameters: GetDeadlineParameters, _) in try await reads.get(parameters) },
                .typed("ListDeadlines") { (parameters: ReminderAreaParameters, _) in try await reads.list(parameters) },
                .typed("ListUpcoming") { (parameters: ListUpcomingParameters, _) in try await reads.upcoming(parameters) },
                .typed("ListOverdue") { (parameters: ReminderAreaParameters, _) in try await reads.overdue(parameters) },
                .typed("ListDelivered") { (parameters: ListDeliveredParameters, _) in try await reads.delivered(parameters) },
                .typed("Acknowledge", access: .privileged) { (parameters: AcknowledgeParameters, request) in
                    try await writes.acknowledge(parameters, uid: try caller(request))
                },
                .typed("MarkReached", access: .privileged) { (parameters: MarkReachedParameters, request) in
                    try await writes.markReached(parameters, uid: try caller(request))
                },
                VarlinkMethod("Watch") { request, stream in
                    let parameters = try request.decodeParameters(WatchParameters.self)
                    guard request.wantsMore else { throw VarlinkError.expectedMore }
                    let communes = try await ReminderCommunes.load(registry)
                    let filter = try communes.filter(area: parameters.area, model: parameters.model, today: ReportDay.today())
                    let subscription = hub.subscribe(filter)
                    try await stream.yield(WatchReply())
                    // Ends when the client goes away or the daemon stops (the call's task is
                    // cancelled, or the hub closes).
                    for await notice in subscription.reminders {
                        try await stream.yield(WatchReply(reminder: notice))
                    }
                    return .value(WatchReply())
                },
            ])
    }

    private static func caller(_ request: VarlinkRequest) throws(VarlinkError) -> UInt32 {
        guard let uid = request.peer?.uid else { throw VarlinkError.permissionDenied }
        return uid
    }
}
