import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// The communities (villages and urban blocks) of `vn.khuyenhoc.Registry`.
enum CommunityMethods {
    static func make(_ registry: any RegistryStore) -> [VarlinkMethod] {
        [
            .typed("AddCommunity", access: .privileged) { (parameters: AddCommunityParameters, _) in
                let commune = try await RegistryParameters.commune(code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry)
                let community = Community(
                    communeID: try RegistryParameters.id(commune.id), name: parameters.name,
                    kind: try kind(parameters.kind))
                let added = try await RegistryCall.run { try await registry.addCommunity(community) }
                var views = RecordViews(registry: registry)
                return CommunityReply(community: try await views.community(added))
            },
            .typed("UpdateCommunity", access: .privileged) { (parameters: UpdateCommunityParameters, _) in
                let commune = try await RegistryParameters.commune(code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry)
                let community = Community(
                    id: parameters.id, communeID: try RegistryParameters.id(commune.id), name: parameters.name,
                    kind: try kind(parameters.kind))
                let updated = try await RegistryCall.run { try await registry.updateCommunity(community) }
                var views = RecordViews(registry: registry)
                return CommunityReply(community: try await views.community(updated))
            },
            .typed("GetCommunity") { (parameters: RecordIDParameters, _) in
                let community = try await RegistryCall.run { try await registry.community(id: parameters.id) }
                var views = RecordViews(registry: registry)
                return CommunityReply(community: try await views.community(community))
            },
            .typed("ListCommunities") { (parameters: ListCommunitiesParameters, _) in
                let page = try RegistryParameters.page(limit: parameters.limit, cursor: parameters.cursor)
                let query = CommunityQuery(
                    name: RegistryParameters.query(parameters.query),
                    communeID: try await RegistryParameters.communeID(
                        code: parameters.communeCode, asOf: parameters.communeAsOf, in: registry))
                let found = try await RegistryCall.run { try await registry.communities(query, page: page) }
                var views = RecordViews(registry: registry)
                var communities: [CommunityInfo] = []
                for community in found.items { communities.append(try await views.community(community)) }
                return ListCommunitiesReply(communities: communities, nextCursor: found.next?.token)
            },
        ]
    }

    private static func kind(_ text: String?) throws(VarlinkError) -> CommunityKind {
        try RegistryParameters.choice(text, field: "kind", fallback: CommunityKind.village) ?? .village
    }
}
