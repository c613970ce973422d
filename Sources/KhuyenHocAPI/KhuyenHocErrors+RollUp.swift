import Varlink

/// The declared errors of evidence and stored evaluation.
extension KhuyenHocErrors {
    /// `vn.khuyenhoc.Registry.SubjectNotFound` or `vn.khuyenhoc.Evaluation.SubjectNotFound`.
    public static func subjectNotFound(model: String, id: Int64, interface: String) -> VarlinkError {
        let key = interface == KhuyenHocInterfaces.registry ? "subjectId" : "id"
        return VarlinkError("\(interface).SubjectNotFound", parameters: ["model": .string(model), key: .number(Double(id))])
    }

    public static func evidenceNotFound(model: String, subjectId: Int64, year: Int) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.registry).EvidenceNotFound", parameters: [
            "model": .string(model), "subjectId": .number(Double(subjectId)), "year": .number(Double(year)),
        ])
    }

    public static func notRegistered(model: String, id: Int64, year: Int) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.evaluation).NotRegistered", parameters: [
            "model": .string(model), "id": .number(Double(id)), "year": .number(Double(year)),
        ])
    }

    public static func areaNotFound(code: String, year: Int) -> VarlinkError {
        VarlinkError("\(KhuyenHocInterfaces.evaluation).AreaNotFound", parameters: [
            "code": .string(code), "year": .number(Double(year)),
        ])
    }

    /// `InvalidValue` of `interface`: the parameter and why.
    public static func invalidValue(field: String, reason: String, interface: String) -> VarlinkError {
        VarlinkError("\(interface).InvalidValue", parameters: ["field": .string(field), "reason": .string(reason)])
    }

    /// `StorageFailed` of `interface`.
    public static func storageFailed(_ reason: String, interface: String) -> VarlinkError {
        VarlinkError("\(interface).StorageFailed", parameters: ["reason": .string(reason)])
    }
}
