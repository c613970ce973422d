import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The reading methods of `vn.khuyenhoc.Rollout`: the matrix, a commune's timeline, the late list.
struct RolloutReads {
    let store: any RolloutStore

    func matrix(_ parameters: GetMatrixParameters, today: CalendarDate) async throws(VarlinkError) -> GetMatrixReply {
        let day = try RolloutArguments.day(parameters.asOf, field: "asOf") ?? today
        let models = try RolloutArguments.models(parameters.model)
        let communes = try await RolloutCommunes.load(store)
        let area = try communes.area(parameters.area, field: "area", on: day, asOf: parameters.asOf)
        let statuses = try await self.statuses(area, models: models, filter: parameters.model != nil, on: day, communes: communes)
        let rows = area.map { commune in
            RolloutRow(commune: communes.reference(commune), cells: models.map { RolloutViews.cell(statuses[commune.id!]![$0]!) })
        }
        return GetMatrixReply(asOf: day.description, models: models.map(\.rawValue), rows: rows)
    }

    func late(_ parameters: ListLateParameters, today: CalendarDate) async throws(VarlinkError) -> ListLateReply {
        let day = try RolloutArguments.day(parameters.asOf, field: "asOf") ?? today
        let models = try RolloutArguments.models(parameters.model)
        let communes = try await RolloutCommunes.load(store)
        let area = try communes.area(parameters.area, field: "area", on: day, asOf: parameters.asOf)
        let statuses = try await self.statuses(area, models: models, filter: parameters.model != nil, on: day, communes: communes)
        var late: [LateEntry] = []
        for commune in area {
            for model in models {
                let status = statuses[commune.id!]![model]!
                guard status.late else { continue }
                late.append(LateEntry(commune: communes.reference(commune), model: model.rawValue, state: RolloutViews.cell(status)))
            }
        }
        // Most days late first; then the matrix's order (communes, then models).
        let sorted = late.enumerated().sorted { first, second in
            if first.element.state.daysLate != second.element.state.daysLate {
                return first.element.state.daysLate > second.element.state.daysLate
            }
            return first.offset < second.offset
        }
        return ListLateReply(asOf: day.description, late: sorted.map(\.element))
    }

    func timeline(_ parameters: GetTimelineParameters, today: CalendarDate) async throws(VarlinkError) -> GetTimelineReply {
        let asOf = try RolloutArguments.day(parameters.asOf, field: "asOf")
        let models = try RolloutArguments.models(parameters.model)
        let communes = try await RolloutCommunes.load(store)
        let commune = try communes.forReading(code: parameters.commune, field: "commune", on: asOf, asOf: parameters.asOf)
        let readOnly = commune.validUntil.map { $0 < today } ?? false
        // A commune that no longer exists is shown as it was on its last day.
        let day = asOf ?? (readOnly ? commune.validUntil! : today)
        let model = parameters.model.flatMap(RegistryModel.init(rawValue:))
        let history = try await RolloutCall.run(communes: communes, field: "commune") { () async throws(RolloutError) in
            try await store.phaseHistory(communeIDs: [commune.id!], model: model)
        }
        let deadlines = try await RolloutCall.run(communes: communes, field: "commune") { () async throws(RolloutError) in
            try await store.phaseDeadlines(communeIDs: [commune.id!], model: model)
        }
        let timelines = models.map { model in
            let transitions = history.filter { $0.model == model }
            let planned = deadlines.filter { $0.model == model }
            let status = RolloutStatus(communeID: commune.id!, model: model, history: transitions, deadlines: planned, on: day)
            return ModelTimeline(
                model: model.rawValue, state: RolloutViews.cell(status), transitions: transitions.map(RolloutViews.transition),
                planned: planned.map(RolloutViews.planned))
        }
        var names = CommuneNames(registry: store)
        return GetTimelineReply(commune: try await names.info(commune), asOf: day.description, readOnly: readOnly, models: timelines)
    }

    /// Every commune's status for every model, by commune id and model.
    private func statuses(
        _ area: [Commune], models: [RegistryModel], filter: Bool, on day: CalendarDate, communes: RolloutCommunes
    ) async throws(VarlinkError) -> [Int64: [RegistryModel: RolloutStatus]] {
        // The district's communes are all of them but the merged ones: no need to list their ids.
        let ids: [Int64]? = area.count == 1 ? area.map { $0.id! } : nil
        let model = filter ? models.first : nil
        let history = try await RolloutCall.run(communes: communes, field: "area") { () async throws(RolloutError) in
            try await store.phaseHistory(communeIDs: ids, model: model)
        }
        let deadlines = try await RolloutCall.run(communes: communes, field: "area") { () async throws(RolloutError) in
            try await store.phaseDeadlines(communeIDs: ids, model: model)
        }
        let transitionsBy = Dictionary(grouping: history, by: \.communeID).mapValues { Dictionary(grouping: $0, by: \.model) }
        let deadlinesBy = Dictionary(grouping: deadlines, by: \.communeID).mapValues { Dictionary(grouping: $0, by: \.model) }
        var result: [Int64: [RegistryModel: RolloutStatus]] = [:]
        for commune in area {
            let id = commune.id!
            var row: [RegistryModel: RolloutStatus] = [:]
            for model in models {
                row[model] = RolloutStatus(
                    communeID: id, model: model, history: transitionsBy[id]?[model] ?? [], deadlines: deadlinesBy[id]?[model] ?? [],
                    on: day)
            }
            result[id] = row
        }
        return result
    }
}
