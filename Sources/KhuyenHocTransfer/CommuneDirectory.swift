import KhuyenHocStore

/// The registry's communes by id and by statistics code, read once before an import or export of
/// a table that refers to communes (a district has a few dozen).
public struct CommuneDirectory: Sendable {
    private var codes: [Int64: String] = [:]
    private var byCode: [String: Commune] = [:]

    public init(_ communes: [Commune]) {
        for commune in communes {
            guard let id = commune.id else { continue }
            codes[id] = commune.statisticsCode
            // A code may name several communes one after another: take the latest, the one still in
            // being or else the one that ended last (as `RegistryStore.commune(statisticsCode:)`).
            if let known = byCode[commune.statisticsCode], Self.later(known, than: commune) { continue }
            byCode[commune.statisticsCode] = commune
        }
    }

    /// Reads every commune of `store`.
    public static func load(_ store: any RegistryStore) async throws(RegistryError) -> CommuneDirectory {
        var communes: [Commune] = []
        var page = PageRequest.first(PageRequest.maximumLimit)
        while true {
            let found = try await store.communes(CommuneQuery(), page: page)
            communes += found.items
            guard let next = found.next else { break }
            page = PageRequest(limit: PageRequest.maximumLimit, after: next)
        }
        return CommuneDirectory(communes)
    }

    /// The statistics code of the commune with `id`.
    public func code(of id: Int64) -> String? { codes[id] }

    /// The id of the latest commune with `code`.
    public func id(ofCode code: String) -> Int64? { byCode[code]?.id }

    private static func later(_ a: Commune, than b: Commune) -> Bool {
        switch (a.validUntil, b.validUntil) {
        case (nil, nil): (a.validFrom?.description ?? "") >= (b.validFrom?.description ?? "")
        case (nil, _): true
        case (_, nil): false
        case (let x?, let y?): x >= y
        }
    }
}
