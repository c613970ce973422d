import KhuyenHocAPI
import Varlink

/// The parameter type each method the daemon serves decodes its call's `parameters` as, by fully
/// qualified method name: what the Varlink fuzzer decodes a fuzzed call's parameters into.
///
/// Kept in step with the IDL by `MethodParameterCatalogTests`, which fails for an IDL method
/// missing here and for a daemon method decoding another type than the one listed.
public enum MethodParameterCatalog {
    /// One method and its parameter type.
    public struct Entry: Sendable {
        public var method: String
        public var type: any (Decodable & Sendable).Type

        init(_ interface: String, _ member: String, _ type: any (Decodable & Sendable).Type) {
            self.method = "\(interface).\(member)"
            self.type = type
        }

        /// The type's name as written in the daemon's code.
        public var typeName: String { String(describing: type) }
    }

    public static let entries: [Entry] = service + models + evaluation + registry + reports + rollout + reminders

    /// The entries by method name.
    public static let byMethod: [String: Entry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.method, $0) })

    private static let service: [Entry] = [
        Entry(KhuyenHocInterfaces.service, "GetStatus", NoParameters.self),
        Entry(KhuyenHocInterfaces.service, "Reload", NoParameters.self),
    ]

    private static let models: [Entry] = [
        Entry(KhuyenHocInterfaces.models, "ListModels", NoParameters.self),
        Entry(KhuyenHocInterfaces.models, "GetRubric", GetRubricParameters.self),
        Entry(KhuyenHocInterfaces.models, "ListRubricFiles", NoParameters.self),
        Entry(KhuyenHocInterfaces.models, "CheckRubric", CheckRubricParameters.self),
        Entry(KhuyenHocInterfaces.models, "ReleaseModel", ReleaseModelParameters.self),
    ]

    /// `Evaluate` is read by the daemon's own scan of the frame (`EvaluateCall`), which the fuzzer
    /// cannot link; the client's `EvaluateParameters` stands for it, and the scan's
    /// `JSONObjectMembers` is fuzzed for every call.
    private static let evaluation: [Entry] = [
        Entry(KhuyenHocInterfaces.evaluation, "Evaluate", EvaluateParameters.self),
        Entry(KhuyenHocInterfaces.evaluation, "EvaluateSubject", EvaluateSubjectParameters.self),
        Entry(KhuyenHocInterfaces.evaluation, "EvaluateArea", EvaluateAreaParameters.self),
    ]

    private static let registry: [Entry] = [
        Entry(KhuyenHocInterfaces.registry, "ListCommunes", ListCommunesParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetCommune", GetCommuneParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddCommune", AddCommuneParameters.self),
        Entry(KhuyenHocInterfaces.registry, "UpdateCommune", UpdateCommuneParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddCommunity", AddCommunityParameters.self),
        Entry(KhuyenHocInterfaces.registry, "UpdateCommunity", UpdateCommunityParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetCommunity", RecordIDParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListCommunities", ListCommunitiesParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddHousehold", AddHouseholdParameters.self),
        Entry(KhuyenHocInterfaces.registry, "UpdateHousehold", UpdateHouseholdParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetHousehold", RecordIDParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListHouseholds", ListHouseholdsParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddPerson", AddPersonParameters.self),
        Entry(KhuyenHocInterfaces.registry, "UpdatePerson", UpdatePersonParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetPerson", RecordIDParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListPeople", ListPeopleParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddClan", AddClanParameters.self),
        Entry(KhuyenHocInterfaces.registry, "UpdateClan", UpdateClanParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetClan", RecordIDParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListClans", ListClansParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddClanMembers", AddClanMembersParameters.self),
        Entry(KhuyenHocInterfaces.registry, "RemoveClanMember", RemoveClanMemberParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AddUnit", AddUnitParameters.self),
        Entry(KhuyenHocInterfaces.registry, "UpdateUnit", UpdateUnitParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetUnit", RecordIDParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListUnits", ListUnitsParameters.self),
        Entry(KhuyenHocInterfaces.registry, "PutStaffMember", PutStaffMemberParameters.self),
        Entry(KhuyenHocInterfaces.registry, "RemoveStaffMember", RemoveStaffMemberParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListStaff", ListStaffParameters.self),
        Entry(KhuyenHocInterfaces.registry, "RecordMerge", RecordMergeParameters.self),
        Entry(KhuyenHocInterfaces.registry, "PutEvidence", PutEvidenceParameters.self),
        Entry(KhuyenHocInterfaces.registry, "GetEvidence", GetEvidenceParameters.self),
        Entry(KhuyenHocInterfaces.registry, "ListResults", ListResultsParameters.self),
        Entry(KhuyenHocInterfaces.registry, "BeginImport", BeginImportParameters.self),
        Entry(KhuyenHocInterfaces.registry, "AppendImport", AppendImportParameters.self),
        Entry(KhuyenHocInterfaces.registry, "FinishImport", FinishImportParameters.self),
        Entry(KhuyenHocInterfaces.registry, "CancelImport", CancelImportParameters.self),
        Entry(KhuyenHocInterfaces.registry, "Export", ExportParameters.self),
        Entry(KhuyenHocInterfaces.registry, "Backup", NoParameters.self),
    ]

    private static let reports: [Entry] = [
        Entry(KhuyenHocInterfaces.reports, "Progress", ProgressParameters.self),
        Entry(KhuyenHocInterfaces.reports, "CommunesBehind", CommunesBehindParameters.self),
        Entry(KhuyenHocInterfaces.reports, "Calendar", CalendarParameters.self),
    ]

    private static let rollout: [Entry] = [
        Entry(KhuyenHocInterfaces.rollout, "GetMatrix", GetMatrixParameters.self),
        Entry(KhuyenHocInterfaces.rollout, "GetTimeline", GetTimelineParameters.self),
        Entry(KhuyenHocInterfaces.rollout, "SetPhase", SetPhaseParameters.self),
        Entry(KhuyenHocInterfaces.rollout, "ApplyPlan", ApplyPlanParameters.self),
        Entry(KhuyenHocInterfaces.rollout, "SetPhaseDeadline", SetPhaseDeadlineParameters.self),
        Entry(KhuyenHocInterfaces.rollout, "ListLate", ListLateParameters.self),
    ]

    private static let reminders: [Entry] = [
        Entry(KhuyenHocInterfaces.reminders, "AddDeadline", AddDeadlineParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "UpdateDeadline", UpdateDeadlineParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "RemoveDeadline", RemoveDeadlineParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "GetDeadline", GetDeadlineParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "ListDeadlines", ReminderAreaParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "ListUpcoming", ListUpcomingParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "ListOverdue", ReminderAreaParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "ListDelivered", ListDeliveredParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "Acknowledge", AcknowledgeParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "MarkReached", MarkReachedParameters.self),
        Entry(KhuyenHocInterfaces.reminders, "Watch", WatchParameters.self),
    ]
}
