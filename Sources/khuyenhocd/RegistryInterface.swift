import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// `vn.khuyenhoc.Registry`: the district registry. Reading communes is here; the other records'
/// methods are in `*Methods` files, one per kind of record; `more` adds methods defined elsewhere
/// (import, export and backup in ``TransferMethods``).
enum RegistryInterface {
    static func make(_ context: DaemonContext, more: [VarlinkMethod] = []) -> VarlinkInterface {
        let registry = context.registry
        return VarlinkInterface(
            name: KhuyenHocInterfaces.registry,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.registry]!,
            methods: [
                .typed("ListCommunes") { (parameters: ListCommunesParameters, _) in
                    let limit = parameters.limit ?? 100
                    guard (1...PageRequest.maximumLimit).contains(limit) else {
                        throw KhuyenHocErrors.invalidValue(field: "limit", reason: "must be from 1 to \(PageRequest.maximumLimit)")
                    }
                    var cursor: PageCursor?
                    if let token = parameters.cursor {
                        do {
                            cursor = try PageCursor(token: token)
                        } catch {
                            throw KhuyenHocErrors.invalidValue(field: "cursor", reason: "is not a nextCursor this registry handed out")
                        }
                    }
                    let query = CommuneQuery(
                        name: parameters.query.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 },
                        existingOn: try date(parameters.asOf, field: "asOf"))
                    let page = try await call { try await registry.communes(query, page: PageRequest(limit: limit, after: cursor)) }
                    var names = CommuneNames(registry: registry)
                    var communes: [CommuneInfo] = []
                    for commune in page.items { communes.append(try await names.info(commune)) }
                    return ListCommunesReply(communes: communes, nextCursor: page.next?.token)
                },
                .typed("GetCommune") { (parameters: GetCommuneParameters, _) in
                    guard parameters.code.utf8.count == 5, parameters.code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                        throw KhuyenHocErrors.invalidValue(field: "code", reason: "must be a 5-digit statistics code, such as 10144")
                    }
                    let asOf = try date(parameters.asOf, field: "asOf")
                    guard let commune = try await call({ try await registry.commune(statisticsCode: parameters.code, on: asOf) }) else {
                        throw KhuyenHocErrors.communeNotFound(code: parameters.code, asOf: parameters.asOf)
                    }
                    var names = CommuneNames(registry: registry)
                    return GetCommuneReply(commune: try await names.info(commune))
                },
                recordMerge(registry),
            ] + CommuneWriteMethods.make(registry) + CommunityMethods.make(registry) + HouseholdMethods.make(registry)
                + PersonMethods.make(registry) + ClanMethods.make(registry) + UnitMethods.make(registry)
                + EvidenceMethods.make(context) + more)
    }

    /// A day given as YYYY-MM-DD, or the declared error naming `field`.
    static func date(_ text: String?, field: String) throws(VarlinkError) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(text) else {
            throw KhuyenHocErrors.invalidValue(field: field, reason: "must be a real day written YYYY-MM-DD, such as 2024-12-01")
        }
        return date
    }

    /// Runs a store call, reading its failure as the interface's errors.
    static func call<T>(_ body: () async throws -> T) async throws(VarlinkError) -> T {
        do {
            return try await body()
        } catch let error as RegistryError {
            throw RegistryCall.varlinkError(error)
        } catch {
            throw KhuyenHocErrors.storageFailed(String(describing: error))
        }
    }
}
