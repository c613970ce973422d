import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// `AddCommune` and `UpdateCommune` of `vn.khuyenhoc.Registry`; both write, so both are privileged.
enum CommuneWriteMethods {
    static func make(_ registry: any RegistryStore) -> [VarlinkMethod] {
        [
            .typed("AddCommune", access: .privileged) { (parameters: AddCommuneParameters, _) in
                let commune = Commune(
                    statisticsCode: parameters.code, name: parameters.name,
                    kind: try RegistryParameters.choice(parameters.kind, field: "kind", fallback: CommuneKind.commune) ?? .commune,
                    validFrom: try RegistryInterface.date(parameters.validFrom, field: "validFrom"),
                    validUntil: try RegistryInterface.date(parameters.validUntil, field: "validUntil"))
                let added = try await RegistryCall.run(renaming: ["statisticsCode": "code"]) {
                    try await registry.addCommune(commune)
                }
                var names = CommuneNames(registry: registry)
                return CommuneReply(commune: try await names.info(added))
            },
            .typed("UpdateCommune", access: .privileged) { (parameters: UpdateCommuneParameters, _) in
                let stored = try await RegistryParameters.commune(
                    code: parameters.code, asOf: parameters.asOf, field: "code", asOfField: "asOf", in: registry)
                let commune = Commune(
                    id: stored.id, statisticsCode: parameters.newCode ?? parameters.code, name: parameters.name,
                    kind: try RegistryParameters.choice(parameters.kind, field: "kind", fallback: CommuneKind.commune) ?? .commune,
                    validFrom: try RegistryInterface.date(parameters.validFrom, field: "validFrom"),
                    validUntil: try RegistryInterface.date(parameters.validUntil, field: "validUntil"),
                    mergedInto: stored.mergedInto, mergedOn: stored.mergedOn)
                let codeField = parameters.newCode == nil ? "code" : "newCode"
                let updated = try await RegistryCall.run(renaming: ["statisticsCode": codeField]) {
                    try await registry.updateCommune(commune)
                }
                var names = CommuneNames(registry: registry)
                return CommuneReply(commune: try await names.info(updated))
            },
        ]
    }
}
