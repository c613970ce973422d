import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Turns stored communes into the interface's, naming the commune each was merged into; a page
/// usually names the same successor several times, so each is read once.
struct CommuneNames {
    let registry: any RegistryStore
    private var known: [Int64: CommuneReference] = [:]

    init(registry: any RegistryStore) {
        self.registry = registry
    }

    /// The commune with this id, by code and name.
    mutating func reference(id: Int64) async throws(VarlinkError) -> CommuneReference {
        if let reference = known[id] { return reference }
        let commune = try await RegistryInterface.call { try await registry.commune(id: id) }
        let reference = CommuneReference(code: commune.statisticsCode, name: commune.name)
        known[id] = reference
        return reference
    }

    mutating func info(_ commune: Commune) async throws(VarlinkError) -> CommuneInfo {
        var mergedInto: CommuneReference?
        if let id = commune.mergedInto {
            if let reference = known[id] {
                mergedInto = reference
            } else {
                let target = try await RegistryInterface.call { try await registry.commune(id: id) }
                let reference = CommuneReference(code: target.statisticsCode, name: target.name)
                known[id] = reference
                mergedInto = reference
            }
        }
        return CommuneInfo(
            code: commune.statisticsCode, name: commune.name, kind: commune.kind.rawValue,
            validFrom: commune.validFrom?.description, validUntil: commune.validUntil?.description,
            mergedInto: mergedInto, mergedOn: commune.mergedOn?.description)
    }
}
