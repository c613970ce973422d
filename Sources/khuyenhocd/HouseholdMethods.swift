import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The households, with their members, of `vn.khuyenhoc.Registry`.
enum HouseholdMethods {
    static func make(_ registry: any RegistryStore) -> [VarlinkMethod] {
        [
            .typed("AddHousehold", access: .privileged) { (parameters: AddHouseholdParameters, _) in
                let household = Household(communityID: parameters.communityID, code: parameters.code, name: parameters.name)
                var members: [Person] = []
                for (index, member) in (parameters.members ?? []).enumerated() {
                    members.append(try RecordViews.person(member, householdID: nil, prefix: "members.\(index)."))
                }
                let added = try await RegistryCall.run(notFound: [.community: "communityID"]) {
                    try await registry.addHousehold(household, members: members)
                }
                return HouseholdReply(household: try RecordViews.household(added))
            },
            .typed("UpdateHousehold", access: .privileged) { (parameters: UpdateHouseholdParameters, _) in
                let household = Household(
                    id: parameters.id, communityID: parameters.communityID, code: parameters.code, name: parameters.name)
                let updated = try await RegistryCall.run(notFound: [.community: "communityID"]) {
                    _ = try await registry.updateHousehold(household)
                    return try await registry.household(id: parameters.id)
                }
                return HouseholdReply(household: try RecordViews.household(updated))
            },
            .typed("GetHousehold") { (parameters: RecordIDParameters, _) in
                let household = try await RegistryCall.run { try await registry.household(id: parameters.id) }
                return HouseholdReply(household: try RecordViews.household(household))
            },
            .typed("ListHouseholds") { (parameters: ListHouseholdsParameters, _) in
                let page = try RegistryParameters.page(limit: parameters.limit, cursor: parameters.cursor)
                let query = HouseholdQuery(
                    name: RegistryParameters.query(parameters.query), communityID: parameters.communityID,
                    communeID: try await RegistryParameters.communeID(
                        code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry),
                    clanID: parameters.clanID)
                let found = try await RegistryCall.run { try await registry.households(query, page: page) }
                var households: [HouseholdInfo] = []
                for household in found.items { households.append(try RecordViews.household(household)) }
                return ListHouseholdsReply(households: households, nextCursor: found.next?.token)
            },
        ]
    }
}
