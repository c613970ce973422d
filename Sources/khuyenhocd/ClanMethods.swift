import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The clans of `vn.khuyenhoc.Registry`, and their member households.
enum ClanMethods {
    static func make(_ registry: any RegistryStore) -> [VarlinkMethod] {
        [
            .typed("AddClan", access: .privileged) { (parameters: AddClanParameters, _) in
                let commune = try await RegistryParameters.commune(code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry)
                let clan = Clan(communeID: try RegistryParameters.id(commune.id), name: parameters.name)
                let added = try await RegistryCall.run { try await registry.addClan(clan) }
                var views = RecordViews(registry: registry)
                return ClanReply(clan: try await views.clan(added))
            },
            .typed("UpdateClan", access: .privileged) { (parameters: UpdateClanParameters, _) in
                let commune = try await RegistryParameters.commune(code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry)
                let clan = Clan(id: parameters.id, communeID: try RegistryParameters.id(commune.id), name: parameters.name)
                let updated = try await RegistryCall.run { try await registry.updateClan(clan) }
                var views = RecordViews(registry: registry)
                return ClanReply(clan: try await views.clan(updated))
            },
            .typed("GetClan") { (parameters: RecordIDParameters, _) in
                let clan = try await RegistryCall.run { try await registry.clan(id: parameters.id) }
                var views = RecordViews(registry: registry)
                return ClanReply(clan: try await views.clan(clan))
            },
            .typed("ListClans") { (parameters: ListClansParameters, _) in
                let page = try RegistryParameters.page(limit: parameters.limit, cursor: parameters.cursor)
                let query = ClanQuery(
                    name: RegistryParameters.query(parameters.query),
                    communeID: try await RegistryParameters.communeID(
                        code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry))
                let found = try await RegistryCall.run { try await registry.clans(query, page: page) }
                var views = RecordViews(registry: registry)
                var clans: [ClanInfo] = []
                for clan in found.items { clans.append(try await views.clan(clan)) }
                return ListClansReply(clans: clans, nextCursor: found.next?.token)
            },
            .typed("AddClanMembers", access: .privileged) { (parameters: AddClanMembersParameters, _) in
                try await RegistryCall.run(notFound: [.clan: "clanID", .household: "householdIDs"]) {
                    try await registry.addClanMembers(clanID: parameters.clanID, householdIDs: parameters.householdIDs)
                }
                return NoParameters()
            },
            .typed("RemoveClanMember", access: .privileged) { (parameters: RemoveClanMemberParameters, _) in
                try await RegistryCall.run(notFound: [.clan: "clanID", .clanMember: "householdID"]) {
                    try await registry.removeClanMember(clanID: parameters.clanID, householdID: parameters.householdID)
                }
                return NoParameters()
            },
        ]
    }
}
