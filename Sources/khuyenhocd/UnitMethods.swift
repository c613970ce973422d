import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The units of `vn.khuyenhoc.Registry`, and their staff.
enum UnitMethods {
    static func make(_ registry: any RegistryStore) -> [VarlinkMethod] {
        [
            .typed("AddUnit", access: .privileged) { (parameters: AddUnitParameters, _) in
                let commune = try await RegistryParameters.commune(code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry)
                let unit = Unit(communeID: try RegistryParameters.id(commune.id), name: parameters.name, kind: try kind(parameters.kind))
                let added = try await RegistryCall.run { try await registry.addUnit(unit) }
                var views = RecordViews(registry: registry)
                return UnitReply(unit: try await views.unit(added))
            },
            .typed("UpdateUnit", access: .privileged) { (parameters: UpdateUnitParameters, _) in
                let commune = try await RegistryParameters.commune(code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry)
                let unit = Unit(
                    id: parameters.id, communeID: try RegistryParameters.id(commune.id), name: parameters.name,
                    kind: try kind(parameters.kind))
                let updated = try await RegistryCall.run { try await registry.updateUnit(unit) }
                var views = RecordViews(registry: registry)
                return UnitReply(unit: try await views.unit(updated))
            },
            .typed("GetUnit") { (parameters: RecordIDParameters, _) in
                let unit = try await RegistryCall.run { try await registry.unit(id: parameters.id) }
                var views = RecordViews(registry: registry)
                return UnitReply(unit: try await views.unit(unit))
            },
            .typed("ListUnits") { (parameters: ListUnitsParameters, _) in
                let page = try RegistryParameters.page(limit: parameters.limit, cursor: parameters.cursor)
                let query = UnitQuery(
                    name: RegistryParameters.query(parameters.query),
                    communeID: try await RegistryParameters.communeID(
                        code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry),
                    kind: try RegistryParameters.choice(parameters.kind, field: "kind"))
                let found = try await RegistryCall.run { try await registry.units(query, page: page) }
                var views = RecordViews(registry: registry)
                var units: [UnitInfo] = []
                for unit in found.items { units.append(try await views.unit(unit)) }
                return ListUnitsReply(units: units, nextCursor: found.next?.token)
            },
            .typed("PutStaffMember", access: .privileged) { (parameters: PutStaffMemberParameters, _) in
                let member = UnitStaffMember(
                    unitID: parameters.unitID, personID: parameters.personID, role: parameters.role,
                    trainedThisYear: parameters.trainedThisYear ?? false, digitalSkills: parameters.digitalSkills ?? false)
                let (stored, person) = try await RegistryCall.run(notFound: [.unit: "unitID", .person: "personID"]) {
                    let stored = try await registry.putStaffMember(member)
                    return (stored, try await registry.person(id: parameters.personID))
                }
                return StaffMemberReply(staffMember: try RecordViews.staffMember(StaffMember(person: person, membership: stored)))
            },
            .typed("RemoveStaffMember", access: .privileged) { (parameters: RemoveStaffMemberParameters, _) in
                try await RegistryCall.run(notFound: [.unit: "unitID", .staffMember: "personID"]) {
                    try await registry.removeStaffMember(unitID: parameters.unitID, personID: parameters.personID)
                }
                return NoParameters()
            },
            .typed("ListStaff") { (parameters: ListStaffParameters, _) in
                let page = try RegistryParameters.page(limit: parameters.limit, cursor: parameters.cursor)
                let found = try await RegistryCall.run(notFound: [.unit: "unitID"]) {
                    try await registry.staff(unitID: parameters.unitID, page: page)
                }
                var staff: [StaffMemberInfo] = []
                for member in found.items { staff.append(try RecordViews.staffMember(member)) }
                return ListStaffReply(staff: staff, nextCursor: found.next?.token)
            },
        ]
    }

    private static func kind(_ text: String) throws(VarlinkError) -> UnitKind {
        guard let kind: UnitKind = try RegistryParameters.choice(text, field: "kind") else {
            throw KhuyenHocErrors.invalidValue(field: "kind", reason: "is required")
        }
        return kind
    }
}
