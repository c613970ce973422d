import KhuyenHocAPI
import KhuyenHocCore
import KhuyenHocStore
import Varlink

/// `vn.khuyenhoc.Reports`: progress against the 2025 and 2030 targets, and the deadlines as a
/// calendar. Only reads: open to anyone.
enum ReportsInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        let reporter = ProgressReporter(store: context.registry)
        let calendar = CalendarExport(deadlines: context.deadlines, registry: context.registry)
        return VarlinkInterface(
            name: KhuyenHocInterfaces.reports,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.reports]!,
            methods: [
                .typed("Progress") { (parameters: ProgressParameters, _) in
                    try await reporter.progress(area: parameters.area, year: parameters.year, today: ReportDay.today())
                },
                .typed("CommunesBehind") { (parameters: CommunesBehindParameters, _) in
                    try await reporter.communesBehind(
                        area: parameters.area, year: parameters.year, model: parameters.model, today: ReportDay.today())
                },
                .typed("Calendar") { (parameters: CalendarParameters, _) in
                    try await calendar.calendar(area: parameters.area, model: parameters.model)
                },
            ])
    }
}
