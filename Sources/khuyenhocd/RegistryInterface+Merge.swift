import KhuyenHocAPI
import KhuyenHocStore
import Varlink

extension RegistryInterface {
    /// `RecordMerge`: communes merged into another on a day. Changes data: privileged.
    static func recordMerge(_ registry: any RegistryStore) -> VarlinkMethod {
        .typed("RecordMerge", access: .privileged) { (parameters: RecordMergeParameters, _) in
            guard let day = CalendarDate(parameters.on) else {
                throw KhuyenHocErrors.invalidValue(field: "on", reason: "must be a real day written YYYY-MM-DD, such as 2024-12-01")
            }
            guard !parameters.communes.isEmpty else {
                throw KhuyenHocErrors.invalidValue(field: "communes", reason: "must name at least one commune to merge")
            }
            let lastDay = day.previousDay
            var sources: [Int64] = []
            for (index, code) in parameters.communes.enumerated() {
                let field = "communes[\(index)]"
                try checkCode(code, field: field)
                guard let commune = try await call({ try await registry.commune(statisticsCode: code, on: lastDay) }) else {
                    throw KhuyenHocErrors.invalidValue(
                        field: field, reason: "no commune had code \(code) on \(lastDay), the day before the merge")
                }
                if let earlier = commune.mergedInto, let earlierDay = commune.mergedOn {
                    let successor = try await call { try await registry.commune(id: earlier) }
                    throw KhuyenHocErrors.invalidValue(
                        field: field,
                        reason: "\(commune.name) (\(code)) was already merged into \(successor.name) (\(successor.statisticsCode)) on \(earlierDay)")
                }
                sources.append(commune.id!)
            }
            try checkCode(parameters.into, field: "into")
            guard let target = try await call({ try await registry.commune(statisticsCode: parameters.into, on: day) }) else {
                throw KhuyenHocErrors.invalidValue(
                    field: "into",
                    reason: "no commune has code \(parameters.into) on \(day); record the new commune first, existing from that day")
            }
            let merged: [Commune]
            do {
                merged = try await registry.recordMerge(of: sources, into: target.id!, on: day)
            } catch let error as RegistryError {
                switch error {
                case .constraintViolated(_, let field, let reason):
                    // The store names the commune's fields: a merge day before a commune began, or
                    // a target that is (through later merges) one of the communes merged.
                    throw KhuyenHocErrors.invalidValue(field: field == "mergedOn" ? "on" : "into", reason: reason)
                default:
                    throw KhuyenHocErrors.storageFailed(error.description)
                }
            }
            var names = CommuneNames(registry: registry)
            var infos: [CommuneInfo] = []
            for commune in merged { infos.append(try await names.info(commune)) }
            let stored = try await call { try await registry.commune(id: target.id!) }
            return RecordMergeReply(merged: infos, into: try await names.info(stored))
        }
    }

    private static func checkCode(_ code: String, field: String) throws(VarlinkError) {
        guard code.utf8.count == 5, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw KhuyenHocErrors.invalidValue(field: field, reason: "must be a 5-digit statistics code, such as 10144, not \(code)")
        }
    }
}
