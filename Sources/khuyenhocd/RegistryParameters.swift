import Foundation
import KhuyenHocAPI
import KhuyenHocStore
import Varlink

/// Reads the parameters `vn.khuyenhoc.Registry` methods share, refusing a value that cannot be used
/// with `InvalidValue` naming the parameter, before anything is read or written.
enum RegistryParameters {
    /// The page that `limit` (100 by default) and `cursor` ask for.
    static func page(limit: Int?, cursor: String?) throws(VarlinkError) -> PageRequest {
        let limit = limit ?? 100
        guard (1...PageRequest.maximumLimit).contains(limit) else {
            throw KhuyenHocErrors.invalidValue(field: "limit", reason: "must be from 1 to \(PageRequest.maximumLimit)")
        }
        guard let cursor else { return PageRequest(limit: limit) }
        do {
            return PageRequest(limit: limit, after: try PageCursor(token: cursor))
        } catch {
            throw KhuyenHocErrors.invalidValue(field: "cursor", reason: "is not a nextCursor this registry handed out")
        }
    }

    /// A name search, or nil when it holds no word (an empty query lists everything).
    static func query(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    /// The commune a statistics code names (on `asOf`, or the latest); `field` and `asOfField`
    /// name the parameters in errors.
    static func commune(
        code: String, asOf: String?, field: String = "communeCode", asOfField: String = "communeAsOf",
        in registry: any RegistryStore
    ) async throws(VarlinkError) -> Commune {
        guard code.utf8.count == 5, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw KhuyenHocErrors.invalidValue(field: field, reason: "must be a 5-digit statistics code, such as 10144")
        }
        let day = try RegistryInterface.date(asOf, field: asOfField)
        guard let commune = try await RegistryCall.run({ try await registry.commune(statisticsCode: code, on: day) }) else {
            throw KhuyenHocErrors.communeNotFound(code: code, asOf: asOf)
        }
        return commune
    }

    /// The id of the commune an optional filter names, or nil without one.
    static func communeID(code: String?, asOf: String?, in registry: any RegistryStore) async throws(VarlinkError) -> Int64? {
        guard let code else {
            if asOf != nil {
                throw KhuyenHocErrors.invalidValue(field: "communeAsOf", reason: "is only used together with communeCode")
            }
            return nil
        }
        return try await id(commune(code: code, asOf: asOf, in: registry).id)
    }

    /// One of an enumeration's raw values; `fallback` when none is given.
    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String?, field: String, fallback: Choice? = nil
    ) throws(VarlinkError) -> Choice? where Choice.RawValue == String {
        guard let text else { return fallback }
        guard let value = Choice(rawValue: text) else {
            let known = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw KhuyenHocErrors.invalidValue(field: field, reason: "must be one of \(known)")
        }
        return value
    }

    /// A stored record's id: the store always sets it, so a missing one is a storage failure.
    static func id(_ id: Int64?) throws(VarlinkError) -> Int64 {
        guard let id else { throw KhuyenHocErrors.storageFailed("the registry returned a record without its id") }
        return id
    }
}
