/// The parameters of `vn.khuyenhoc.Rollout.GetMatrix` and `ListLate`: an area (a commune's
/// statistics code, or nil for the district), a model, and the day.
public struct RolloutAreaParameters: Codable, Sendable {
    public var area: String?
    public var model: String?
    public var asOf: String?

    public init(area: String? = nil, model: String? = nil, asOf: String? = nil) {
        self.area = area
        self.model = model
        self.asOf = asOf
    }
}

/// `vn.khuyenhoc.Rollout.GetMatrix` parameters.
public typealias GetMatrixParameters = RolloutAreaParameters

/// `vn.khuyenhoc.Rollout.GetMatrix` reply.
public struct GetMatrixReply: Codable, Sendable, Hashable {
    public var asOf: String
    public var models: [String]
    public var rows: [RolloutRow]

    public init(asOf: String, models: [String], rows: [RolloutRow]) {
        self.asOf = asOf
        self.models = models
        self.rows = rows
    }
}

/// `vn.khuyenhoc.Rollout.GetTimeline` parameters.
public struct GetTimelineParameters: Codable, Sendable {
    public var commune: String
    public var model: String?
    public var asOf: String?

    public init(commune: String, model: String? = nil, asOf: String? = nil) {
        self.commune = commune
        self.model = model
        self.asOf = asOf
    }
}

/// `vn.khuyenhoc.Rollout.GetTimeline` reply.
public struct GetTimelineReply: Codable, Sendable, Hashable {
    public var commune: CommuneInfo
    public var asOf: String
    public var readOnly: Bool
    public var models: [ModelTimeline]

    public init(commune: CommuneInfo, asOf: String, readOnly: Bool, models: [ModelTimeline]) {
        self.commune = commune
        self.asOf = asOf
        self.readOnly = readOnly
        self.models = models
    }
}

/// `vn.khuyenhoc.Rollout.SetPhase` parameters.
public struct SetPhaseParameters: Codable, Sendable {
    public var commune: String
    public var model: String
    public var phase: String
    public var effectiveOn: String?
    public var note: String?

    public init(commune: String, model: String, phase: String, effectiveOn: String? = nil, note: String? = nil) {
        self.commune = commune
        self.model = model
        self.phase = phase
        self.effectiveOn = effectiveOn
        self.note = note
    }
}

/// `vn.khuyenhoc.Rollout.SetPhase` reply.
public struct SetPhaseReply: Codable, Sendable, Hashable {
    public var commune: CommuneReference
    public var model: String
    public var transition: TransitionInfo

    public init(commune: CommuneReference, model: String, transition: TransitionInfo) {
        self.commune = commune
        self.model = model
        self.transition = transition
    }
}

/// `vn.khuyenhoc.Rollout.ApplyPlan` parameters.
public struct ApplyPlanParameters: Codable, Sendable {
    public var area: String?
    public var model: String
    public var plan: [PhaseDeadlineInfo]
    public var overwrite: Bool?

    public init(area: String? = nil, model: String, plan: [PhaseDeadlineInfo], overwrite: Bool? = nil) {
        self.area = area
        self.model = model
        self.plan = plan
        self.overwrite = overwrite
    }
}

/// `vn.khuyenhoc.Rollout.ApplyPlan` reply.
public struct ApplyPlanReply: Codable, Sendable, Hashable {
    public var communes: [CommuneReference]
    public var written: Int
    public var kept: Int

    public init(communes: [CommuneReference], written: Int, kept: Int) {
        self.communes = communes
        self.written = written
        self.kept = kept
    }
}

/// `vn.khuyenhoc.Rollout.SetPhaseDeadline` parameters.
public struct SetPhaseDeadlineParameters: Codable, Sendable {
    public var commune: String
    public var model: String
    public var phase: String
    public var due: String?

    public init(commune: String, model: String, phase: String, due: String? = nil) {
        self.commune = commune
        self.model = model
        self.phase = phase
        self.due = due
    }
}

/// `vn.khuyenhoc.Rollout.SetPhaseDeadline` reply.
public struct SetPhaseDeadlineReply: Codable, Sendable, Hashable {
    public var commune: CommuneReference
    public var model: String
    public var planned: [PlannedPhase]

    public init(commune: CommuneReference, model: String, planned: [PlannedPhase]) {
        self.commune = commune
        self.model = model
        self.planned = planned
    }
}

/// `vn.khuyenhoc.Rollout.ListLate` parameters.
public typealias ListLateParameters = RolloutAreaParameters

/// `vn.khuyenhoc.Rollout.ListLate` reply.
public struct ListLateReply: Codable, Sendable, Hashable {
    public var asOf: String
    public var late: [LateEntry]

    public init(asOf: String, late: [LateEntry]) {
        self.asOf = asOf
        self.late = late
    }
}
